package io.shoponevents.infra.cdk;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import io.shoponevents.events.topology.Topology;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/** The shop's three stacks in one app, checked against the cdk-nag AwsSolutions rules when synthesized. */
record ShopStacks(MessagingStack messaging, DataStack data, ServicesStack services) {

    static ShopStacks addTo(App app, ShopSettings settings) {
        Topology topology = Topology.standard();
        MessagingStack messaging = new MessagingStack(
                app, "ShopMessaging", props(settings, "Shop on Events: bus, schemas, topic and queues"), topology);
        DataStack data =
                new DataStack(app, "ShopData", props(settings, "Shop on Events: the services' tables"), topology);
        ServicesStack services = new ServicesStack(
                app,
                "ShopServices",
                props(
                        settings,
                        "Shop on Events: the four services and the storefront on Fargate behind a load balancer"),
                settings,
                messaging,
                data);
        Aspects.of(app)
                .add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        return new ShopStacks(messaging, data, services);
    }

    /** The region is fixed, the account is the one deployed to: synth needs no credentials and no look-ups. */
    private static StackProps props(ShopSettings settings, String description) {
        return StackProps.builder()
                .env(Environment.builder().region(settings.region()).build())
                .description(description)
                .build();
    }
}
