package io.shoponevents.runtime.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.interceptors.TracingInterceptor;
import com.amazonaws.xray.strategy.sampling.AllSamplingStrategy;
import com.amazonaws.xray.strategy.sampling.CentralizedSamplingStrategy;
import io.awspring.cloud.autoconfigure.core.AwsClientBuilderConfigurer;
import io.awspring.cloud.autoconfigure.core.AwsProperties;
import io.shoponevents.runtime.autoconfigure.ShopDefaults;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.support.TestPropertySourceUtils;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

class TracingConfigurationTests {

    private final WebApplicationContextRunner service = new WebApplicationContextRunner()
            .withPropertyValues("spring.application.name=order-service")
            .withBean(
                    AwsClientBuilderConfigurer.class,
                    () -> new AwsClientBuilderConfigurer(
                            AnonymousCredentialsProvider.create(), () -> Region.US_EAST_1, new AwsProperties()))
            .withUserConfiguration(TracingConfiguration.class);

    @Test
    void tracesRequestsAndEveryAwsClientByDefault() {
        service.run(context -> {
            assertThat(context.getBean(Tracing.class)).isInstanceOf(XRayTracing.class);
            assertThat(context.getBean(FilterRegistrationBean.class).getUrlPatterns())
                    .containsExactly("/api/*");
            SqsClientBuilder builder =
                    context.getBean(AwsClientBuilderConfigurer.class).configure(SqsClient.builder());
            assertThat(builder.overrideConfiguration().executionInterceptors())
                    .hasAtLeastOneElementOfType(TracingInterceptor.class);
        });
    }

    @Test
    void switchedOffItRecordsNothingAndLeavesClientsAlone() {
        service.withPropertyValues("shop.tracing.enabled=false").run(context -> {
            assertThat(context.getBean(Tracing.class)).isSameAs(Tracing.off());
            assertThat(context).doesNotHaveBean(AWSXRayRecorder.class);
            assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
            SqsClientBuilder builder =
                    context.getBean(AwsClientBuilderConfigurer.class).configure(SqsClient.builder());
            assertThat(builder.overrideConfiguration().executionInterceptors())
                    .noneMatch(TracingInterceptor.class::isInstance);
        });
    }

    @Test
    void samplesEveryRequestLocallyAndFollowsTheConsoleRulesInAws() {
        assertThat(samplingOf(/* profile */ null)).isEqualTo("all");
        assertThat(samplingOf("aws")).isEqualTo("centralized");
        assertThat(TracingConfiguration.recorder(TracingProperties.Sampling.ALL).getSamplingStrategy())
                .isInstanceOf(AllSamplingStrategy.class);
        assertThat(TracingConfiguration.recorder(TracingProperties.Sampling.CENTRALIZED)
                        .getSamplingStrategy())
                .isInstanceOf(CentralizedSamplingStrategy.class);
    }

    @Test
    void tracingOffRunsTheWorkAsIs() {
        Tracing off = Tracing.off();
        StringBuilder done = new StringBuilder();

        off.inConsumerSegment("{}", "Root=1-6740a1b2-3c4d5e6f708192a3b4c5d6e7", () -> done.append("consumed "));
        String relayed = off.inSegment("relay OrderPlaced", null, () -> "relayed");

        assertThat(done).hasToString("consumed ");
        assertThat(relayed).isEqualTo("relayed");
        assertThat(off.currentTraceHeader()).isNull();
    }

    private static String samplingOf(String profile) {
        StandardEnvironment environment = new StandardEnvironment();
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(environment, "shop.service=order");
        if (profile != null) {
            environment.setActiveProfiles(profile);
        }
        new ShopDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("shop.tracing.sampling");
    }
}
