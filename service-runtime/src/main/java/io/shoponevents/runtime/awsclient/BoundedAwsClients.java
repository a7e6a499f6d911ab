package io.shoponevents.runtime.awsclient;

import io.awspring.cloud.autoconfigure.core.AwsClientBuilderConfigurer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkAsyncClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClientBuilder;

/**
 * Call, attempt, connection and socket timeouts on every AWS client the service builds (DynamoDB, EventBridge, SNS,
 * SQS, SES). The SDK sets none by default, so a stalled endpoint held requests for as long as it stalled. The only
 * asynchronous SQS client is the queue listener's, which long-polls; it gets {@link AwsTimeouts#longPolls()}.
 */
public final class BoundedAwsClients implements BeanPostProcessor {

    private final AwsTimeouts timeouts;

    public BoundedAwsClients(AwsTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AwsClientBuilderConfigurer configurer) {
            return new DecoratedConfigurer(configurer, this::bound);
        }
        return bean;
    }

    void bound(AwsClientBuilder<?, ?> builder) {
        AwsTimeouts.Bounds bounds =
                builder instanceof SqsAsyncClientBuilder ? timeouts.longPolls() : timeouts.requests();
        ClientOverrideConfiguration configured = builder.overrideConfiguration();
        builder.overrideConfiguration(configured.toBuilder()
                .apiCallTimeout(bounds.apiCallTimeout())
                .apiCallAttemptTimeout(bounds.apiCallAttemptTimeout())
                .build());
        if (builder instanceof SdkSyncClientBuilder<?, ?> sync) {
            sync.httpClientBuilder(ApacheHttpClient.builder()
                    .connectionTimeout(bounds.connectionTimeout())
                    .socketTimeout(bounds.socketTimeout()));
        } else if (builder instanceof SdkAsyncClientBuilder<?, ?> async) {
            async.httpClientBuilder(NettyNioAsyncHttpClient.builder()
                    .connectionTimeout(bounds.connectionTimeout())
                    .readTimeout(bounds.socketTimeout())
                    .writeTimeout(bounds.socketTimeout()));
        }
    }
}
