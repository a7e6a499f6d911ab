package io.shoponevents.runtime.tracing;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.interceptors.TracingInterceptor;
import io.awspring.cloud.autoconfigure.AwsClientProperties;
import io.awspring.cloud.autoconfigure.core.AwsClientBuilderConfigurer;
import io.awspring.cloud.autoconfigure.core.AwsConnectionDetails;
import java.util.function.Supplier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;

/**
 * A subsegment per AWS call, for every client a service builds: Spring Cloud AWS's own (SQS, DynamoDB), the runtime's
 * (EventBridge, SNS, SQS, DynamoDB) and a service's (SES). All of them are configured by the one
 * {@link AwsClientBuilderConfigurer}; this hands out one that also adds X-Ray's SDK interceptor. Outside a segment the
 * interceptor records nothing (the recorder ignores a missing context).
 */
final class TracedAwsClients implements BeanPostProcessor {

    private final Supplier<AWSXRayRecorder> recorder;

    TracedAwsClients(Supplier<AWSXRayRecorder> recorder) {
        this.recorder = recorder;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AwsClientBuilderConfigurer configurer && !(bean instanceof TracingConfigurer)) {
            return new TracingConfigurer(configurer, new TracingInterceptor(recorder.get(), null, null));
        }
        return bean;
    }

    /** Configures a builder as Spring Cloud AWS does, then adds the interceptor. */
    static final class TracingConfigurer extends AwsClientBuilderConfigurer {

        private final AwsClientBuilderConfigurer delegate;
        private final ExecutionInterceptor interceptor;

        TracingConfigurer(AwsClientBuilderConfigurer delegate, ExecutionInterceptor interceptor) {
            super(null, null, null);
            this.delegate = delegate;
            this.interceptor = interceptor;
        }

        @Override
        public <T extends AwsClientBuilder<T, ?>> T configure(
                T builder, AwsClientProperties clientProperties, AwsConnectionDetails connectionDetails) {
            delegate.configure(builder, clientProperties, connectionDetails);
            ClientOverrideConfiguration configured = builder.overrideConfiguration();
            builder.overrideConfiguration(
                    configured.toBuilder().addExecutionInterceptor(interceptor).build());
            return builder;
        }

        @Override
        public Region resolveRegion(AwsClientProperties clientProperties, AwsConnectionDetails connectionDetails) {
            return delegate.resolveRegion(clientProperties, connectionDetails);
        }
    }
}
