package io.shoponevents.benchmark;

import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** How many messages wait in the services' queues, and whether any is still being handled. */
final class QueueDepths {

    static final List<String> QUEUES =
            List.of("shop-order-events", "shop-inventory-events", "shop-shipping-events", "shop-notification-events");

    private final SqsClient sqs;
    private final List<String> urls;

    QueueDepths(SqsClient sqs) {
        this.sqs = sqs;
        this.urls = QUEUES.stream()
                .map(name -> sqs.getQueueUrl(request -> request.queueName(name)).queueUrl())
                .toList();
    }

    /** Visible messages waiting (ApproximateNumberOfMessages, summed). */
    int total() {
        return sum(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
    }

    /** No message waits and none is being handled (in flight: received, not yet deleted). */
    boolean drained() {
        return total() == 0 && sum(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE) == 0;
    }

    private int sum(QueueAttributeName attribute) {
        return urls.stream()
                .mapToInt(url -> Integer.parseInt(
                        sqs.getQueueAttributes(request -> request.queueUrl(url).attributeNames(attribute))
                                .attributes()
                                .get(attribute)))
                .sum();
    }
}
