package io.shoponevents.benchmark;

import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The number of visible messages waiting in the services' queues (ApproximateNumberOfMessages, summed). */
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

    int total() {
        return urls.stream()
                .mapToInt(url -> Integer.parseInt(sqs.getQueueAttributes(request ->
                                request.queueUrl(url).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                        .attributes()
                        .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)))
                .sum();
    }
}
