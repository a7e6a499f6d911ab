package io.shoponevents.runtime.awsclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;

class BoundedAwsClientsTests {

    private final BoundedAwsClients bounded = new BoundedAwsClients(new AwsTimeouts(null, null));

    @Test
    void clientsOnTheRequestPathGiveUpWithinTwoSecondsAndRetryAfterOne() {
        for (AwsClientBuilder<?, ?> builder :
                new AwsClientBuilder<?, ?>[] {DynamoDbClient.builder(), EventBridgeClient.builder(), SqsClient.builder()
                }) {
            bounded.bound(builder);

            ClientOverrideConfiguration configuration = builder.overrideConfiguration();
            assertThat(configuration.apiCallTimeout()).hasValue(Duration.ofSeconds(2));
            assertThat(configuration.apiCallAttemptTimeout()).hasValue(Duration.ofSeconds(1));
        }
    }

    @Test
    void theListenersLongPollsMayWaitLongerThanSqsLongestWait() {
        AwsClientBuilder<?, ?> builder = SqsAsyncClient.builder();

        bounded.bound(builder);

        Optional<Duration> attempt = builder.overrideConfiguration().apiCallAttemptTimeout();
        assertThat(attempt).hasValueSatisfying(timeout -> assertThat(timeout).isGreaterThan(Duration.ofSeconds(20)));
        assertThat(builder.overrideConfiguration().apiCallTimeout().orElseThrow())
                .isGreaterThan(attempt.get());
    }

    @Test
    void eachBoundCanBeSetAndTheOthersKeepTheirDefaults() {
        AwsTimeouts timeouts = new Binder(new MapConfigurationPropertySource(Map.of(
                        "shop.aws.requests.api-call-timeout", "3s", "shop.aws.long-polls.socket-timeout", "30s")))
                .bindOrCreate("shop.aws", AwsTimeouts.class);

        assertThat(timeouts.requests().apiCallTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(timeouts.requests().apiCallAttemptTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(timeouts.longPolls().socketTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(timeouts.longPolls().apiCallAttemptTimeout()).isEqualTo(Duration.ofSeconds(25));
    }
}
