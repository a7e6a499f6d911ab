package io.shoponevents.runtime.consume;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Moves a poison message to the service's dead-letter queue at once, with the reason as a message attribute, instead
 * of letting it be received again until the redrive count is spent. The caller then acknowledges the original.
 */
public final class DeadLetters {

    static final String REASON_ATTRIBUTE = "shop-rejection-reason";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int MAX_REASON_LENGTH = 1024;

    private final SqsClient sqs;
    private final String deadLetterQueueName;

    public DeadLetters(SqsClient sqs, String deadLetterQueueName) {
        this.sqs = sqs;
        this.deadLetterQueueName = deadLetterQueueName;
    }

    public void reject(String messageBody, String reason) {
        log.error("moving a message to {}: {}", deadLetterQueueName, reason);
        String queueUrl = sqs.getQueueUrl(request -> request.queueName(deadLetterQueueName))
                .queueUrl();
        sqs.sendMessage(request -> request.queueUrl(queueUrl)
                .messageBody(messageBody.isEmpty() ? "(empty message)" : messageBody)
                .messageAttributes(Map.of(
                        REASON_ATTRIBUTE,
                        MessageAttributeValue.builder()
                                .dataType("String")
                                .stringValue(truncate(reason))
                                .build())));
    }

    private static String truncate(String reason) {
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }
}
