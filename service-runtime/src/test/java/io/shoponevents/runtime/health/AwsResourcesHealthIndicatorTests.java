package io.shoponevents.runtime.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlRequest;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlResponse;

class AwsResourcesHealthIndicatorTests {

    @Test
    void aFailedCheckIsTriedAgainAfterASecondNotAfterTheInterval() {
        Queue queue = new Queue(1);
        AwsResourcesHealthIndicator indicator = new AwsResourcesHealthIndicator(
                queue, new Table(), "shop-order-events", "shop-orders", Duration.ofHours(1), Duration.ofHours(3));
        try {
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> indicator.health().getStatus().equals(Status.UP));

            assertThat(queue.calls.get()).isEqualTo(2);
        } finally {
            indicator.destroy();
        }
    }

    /** Fails its first calls, then answers. */
    private static final class Queue implements SqsClient {
        final AtomicInteger calls = new AtomicInteger();
        private final int failures;

        Queue(int failures) {
            this.failures = failures;
        }

        @Override
        public GetQueueUrlResponse getQueueUrl(GetQueueUrlRequest request) {
            if (calls.incrementAndGet() <= failures) {
                throw SdkClientException.create("connection refused");
            }
            return GetQueueUrlResponse.builder()
                    .queueUrl("http://localhost/queue")
                    .build();
        }

        @Override
        public String serviceName() {
            return "sqs";
        }

        @Override
        public void close() {}
    }

    private static final class Table implements DynamoDbClient {
        @Override
        public DescribeTableResponse describeTable(DescribeTableRequest request) {
            return DescribeTableResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {}
    }
}
