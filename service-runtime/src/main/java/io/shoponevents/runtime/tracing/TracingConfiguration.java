package io.shoponevents.runtime.tracing;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.plugins.ECSPlugin;
import com.amazonaws.xray.strategy.IgnoreErrorContextMissingStrategy;
import com.amazonaws.xray.strategy.sampling.AllSamplingStrategy;
import com.amazonaws.xray.strategy.sampling.CentralizedSamplingStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The {@link Tracing} every runtime class uses, and, unless {@code shop.tracing.enabled=false}, the X-Ray recorder, the
 * request filter and the AWS client interceptor. Imported by the runtime's auto-configuration.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TracingProperties.class)
public class TracingConfiguration {

    @Bean
    Tracing tracing(
            TracingProperties properties,
            ObjectProvider<AWSXRayRecorder> recorder,
            @Value("${spring.application.name}") String serviceName) {
        return properties.enabled() ? new XRayTracing(recorder.getObject(), serviceName) : Tracing.off();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "shop.tracing.enabled", matchIfMissing = true)
    static class XRay {

        @Bean
        AWSXRayRecorder xrayRecorder(TracingProperties properties) {
            return recorder(properties.sampling());
        }

        @Bean
        static TracedAwsClients tracedAwsClients(ObjectProvider<AWSXRayRecorder> recorder) {
            return new TracedAwsClients(recorder::getObject);
        }

        @Bean
        @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
        FilterRegistrationBean<TracedRequests> tracedRequests(
                AWSXRayRecorder recorder, @Value("${spring.application.name}") String serviceName) {
            FilterRegistrationBean<TracedRequests> registration =
                    new FilterRegistrationBean<>(new TracedRequests(recorder, serviceName));
            registration.setName("xrayTracing");
            registration.addUrlPatterns("/api/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            return registration;
        }
    }

    /** Sends to {@code AWS_XRAY_DAEMON_ADDRESS} over UDP, fire and forget; with no segment open, records nothing. */
    static AWSXRayRecorder recorder(TracingProperties.Sampling sampling) {
        AWSXRayRecorderBuilder builder =
                AWSXRayRecorderBuilder.standard().withContextMissingStrategy(new IgnoreErrorContextMissingStrategy());
        return switch (sampling) {
            case ALL -> builder.withSamplingStrategy(new AllSamplingStrategy()).build();
            case CENTRALIZED ->
                builder.withSamplingStrategy(new CentralizedSamplingStrategy())
                        .withPlugin(new ECSPlugin())
                        .build();
        };
    }
}
