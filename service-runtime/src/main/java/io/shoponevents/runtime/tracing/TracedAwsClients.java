package io.shoponevents.runtime.tracing;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.interceptors.TracingInterceptor;
import io.awspring.cloud.autoconfigure.core.AwsClientBuilderConfigurer;
import io.shoponevents.runtime.awsclient.DecoratedConfigurer;
import java.util.function.Supplier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

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
        if (bean instanceof AwsClientBuilderConfigurer configurer) {
            ExecutionInterceptor interceptor = new TracingInterceptor(recorder.get(), null, null);
            return new DecoratedConfigurer(
                    configurer,
                    builder -> builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                            .addExecutionInterceptor(interceptor)
                            .build()));
        }
        return bean;
    }
}
