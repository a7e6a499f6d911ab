package io.shoponevents.runtime.testing;

import io.shoponevents.infra.provision.Provisioner;
import io.shoponevents.testsupport.AwsEndpoint;
import io.shoponevents.testsupport.AwsTestEndpoint;
import java.util.HashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Provisions the run's AWS endpoint and points Spring Cloud AWS at it, before the application context starts. */
public class ProvisionedAwsEndpoint implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        AwsEndpoint endpoint = AwsTestEndpoint.get();
        Provisioner.provision(
                endpoint.uri(), endpoint.dynamoDbUri(), endpoint.region().id(), "shop@example.com", System.out);
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("awsTestEndpoint", new HashMap<>(endpoint.springCloudAwsProperties())));
    }
}
