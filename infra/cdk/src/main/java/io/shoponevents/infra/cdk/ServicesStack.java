package io.shoponevents.infra.cdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CrossStackReferences;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.IgnoreMode;
import software.amazon.awscdk.ReferenceStrength;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecr.assets.Platform;
import software.amazon.awscdk.services.ecs.AssetImageProps;
import software.amazon.awscdk.services.ecs.CloudMapNamespaceOptions;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.FixedResponseOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * The four services and the storefront on Fargate in a private network, behind one internet-facing load balancer that
 * routes by path: the REST API under {@code /api}, the storefront under {@code /shop}. The storefront calls the services
 * by their names in the cluster's Cloud Map namespace. Images are built from the repository's Dockerfile when the stack
 * is deployed.
 */
final class ServicesStack extends Stack {

    /** The private DNS namespace in which each service is {@code <module>.shop.internal}. */
    static final String NAMESPACE = "shop.internal";

    ServicesStack(
            Construct scope,
            String id,
            StackProps props,
            ShopSettings settings,
            MessagingStack messaging,
            DataStack data) {
        super(scope, id, props);
        // The stacks share one region: what this one takes from the others are CloudFormation exports.
        CrossStackReferences.of(this).consume(ReferenceStrength.STRONG);
        Vpc vpc = Vpc.Builder.create(this, "Vpc")
                .maxAzs(2)
                .natGateways(1)
                .flowLogs(Map.of(
                        "Rejected",
                        FlowLogOptions.builder()
                                .destination(FlowLogDestination.toCloudWatchLogs(logGroup("FlowLogs")))
                                .trafficType(FlowLogTrafficType.REJECT)
                                .build()))
                .build();
        Cluster cluster = Cluster.Builder.create(this, "Cluster")
                .vpc(vpc)
                .containerInsightsV2(ContainerInsights.ENABLED)
                .defaultCloudMapNamespace(CloudMapNamespaceOptions.builder()
                        .name(NAMESPACE)
                        .vpc(vpc)
                        .build())
                .build();
        ApplicationLoadBalancer loadBalancer = ApplicationLoadBalancer.Builder.create(this, "LoadBalancer")
                .vpc(vpc)
                .internetFacing(true)
                .dropInvalidHeaderFields(true)
                .build();
        loadBalancer.logAccessLogs(accessLogBucket());
        Nag.accept(
                loadBalancer,
                "AwsSolutions-EC23",
                "The load balancer serves the shop's public REST API and its storefront, so it accepts HTTP from"
                        + " anywhere.");
        ApplicationListener listener = loadBalancer.addListener(
                "Http",
                BaseApplicationListenerProps.builder()
                        .port(80)
                        .open(true)
                        .defaultAction(ListenerAction.fixedResponse(
                                404,
                                FixedResponseOptions.builder()
                                        .contentType("application/json")
                                        .messageBody("{\"title\":\"Not Found\",\"status\":404}")
                                        .build()))
                        .build());

        String emailIdentityArn = formatArn(ArnComponents.builder()
                .service("ses")
                .resource("identity")
                .resourceName(settings.emailIdentity())
                .build());
        int priority = 10;
        List<ShopService> shopServices = new ArrayList<>();
        for (ServiceDeployment deployment : ServiceDeployment.all()) {
            ShopService service = new ShopService(
                    this,
                    deployment,
                    cluster,
                    image(settings, deployment),
                    Map.of(
                            "SHOP_TOPIC_ARN", messaging.topic().getTopicArn(),
                            "SHOP_SENDER_EMAIL", settings.senderEmail()));
            TaskPermissions.grant(service.taskRole(), deployment, messaging, data, emailIdentityArn);
            service.routeFrom(listener, priority);
            priority += 10;
            if (deployment.consumesEvents()) {
                service.scaleOn(messaging.queue(deployment.service()));
            }
            shopServices.add(service);
        }
        StorefrontDeployment storefrontDeployment = new StorefrontDeployment();
        ShopService storefront = new ShopService(
                this, storefrontDeployment, cluster, image(settings, storefrontDeployment), storefrontSettings());
        storefront.routeFrom(listener, priority);
        shopServices.forEach(service -> service.acceptCallsFrom(storefront));
        CfnOutput.Builder.create(this, "LoadBalancerUrl")
                .description("Base URL of the shop's REST API")
                .value("http://" + loadBalancer.getLoadBalancerDnsName())
                .build();
        CfnOutput.Builder.create(this, "StorefrontUrl")
                .description("The storefront: products, cart, checkout, each order's journey, the topology")
                .value("http://" + loadBalancer.getLoadBalancerDnsName() + StorefrontDeployment.CONTEXT_PATH + "/")
                .build();
    }

    private static Map<String, String> storefrontSettings() {
        Map<String, String> settings = new TreeMap<>();
        settings.put("SERVER_SERVLET_CONTEXT_PATH", StorefrontDeployment.CONTEXT_PATH);
        for (ServiceDeployment service : ServiceDeployment.all()) {
            settings.put("STOREFRONT_SERVICES_" + service.service().name(), StorefrontDeployment.serviceUrl(service));
        }
        return settings;
    }

    /** Built by Docker at deploy time; synth only stages the files the repository's .dockerignore lets through. */
    private static ContainerImage image(ShopSettings settings, Deployable deployment) {
        return ContainerImage.fromAsset(
                settings.repositoryRoot().toString(),
                AssetImageProps.builder()
                        .buildArgs(
                                Map.of("SERVICE", deployment.moduleName(), "PORT", String.valueOf(deployment.port())))
                        .platform(Platform.LINUX_AMD64)
                        .ignoreMode(IgnoreMode.DOCKER)
                        .build());
    }

    private Bucket accessLogBucket() {
        Bucket bucket = Bucket.Builder.create(this, "AccessLogs")
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .lifecycleRules(List.of(
                        LifecycleRule.builder().expiration(Duration.days(30)).build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Nag.accept(
                bucket,
                "AwsSolutions-S1",
                "This bucket holds the load balancer's access logs; logging access to the log bucket itself would"
                        + " need yet another bucket.");
        return bucket;
    }

    private LogGroup logGroup(String id) {
        return LogGroup.Builder.create(this, id)
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
    }
}
