package io.shoponevents.infra.operate;

import io.shoponevents.events.topology.QueueSpec;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A service's dead-letter queue and the queue it feeds back into. Looking never deletes: each message is received with
 * a short visibility timeout, so that the next receive reaches the messages behind it, and made visible again at
 * once when the look is over.
 */
final class DeadLetterQueue {

    private static final Duration HIDDEN_WHILE_LOOKING = Duration.ofSeconds(60);

    private final SqsClient sqs;
    private final QueueSpec spec;
    private final String url;

    DeadLetterQueue(SqsClient sqs, QueueSpec spec) {
        this.sqs = sqs;
        this.spec = spec;
        this.url = urlOf(spec.deadLetterQueueName());
    }

    String name() {
        return spec.deadLetterQueueName();
    }

    String targetName() {
        return spec.name();
    }

    String arn() {
        return arnOf(url);
    }

    String targetArn() {
        return arnOf(targetUrl());
    }

    String targetUrl() {
        return urlOf(spec.name());
    }

    /** Every dead letter, left in the queue. */
    List<DeadLetter> peek() {
        Map<String, Message> received = new LinkedHashMap<>();
        receiveUntilEmpty(message -> received.put(message.messageId(), message));
        release(received.values());
        return received.values().stream().map(DeadLetter::of).toList();
    }

    /**
     * Hands each dead letter that {@code selected} accepts to {@code move} as soon as it is received, so that its
     * receipt handle is fresh; the others are made visible again at the end.
     */
    void take(Predicate<DeadLetter> selected, Consumer<Taken> move) {
        Map<String, Message> others = new LinkedHashMap<>();
        receiveUntilEmpty(message -> {
            DeadLetter letter = DeadLetter.of(message);
            if (selected.test(letter)) {
                move.accept(new Taken(letter, message.receiptHandle()));
            } else {
                others.put(message.messageId(), message);
            }
        });
        release(others.values());
    }

    void delete(Taken taken) {
        sqs.deleteMessage(request -> request.queueUrl(url).receiptHandle(taken.receiptHandle()));
    }

    /** A dead letter received for moving, with the handle that deletes it. */
    record Taken(DeadLetter letter, String receiptHandle) {}

    /**
     * Receives until the queue answers with nothing visible. A message seen again (its hiding ran out during a long
     * look) replaces the earlier copy, whose receipt handle is then stale.
     */
    private void receiveUntilEmpty(Consumer<Message> each) {
        List<Message> batch;
        do {
            batch = sqs.receiveMessage(request -> request.queueUrl(url)
                            .maxNumberOfMessages(10)
                            .visibilityTimeout((int) HIDDEN_WHILE_LOOKING.toSeconds())
                            .waitTimeSeconds(1)
                            .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                            .messageAttributeNames("All"))
                    .messages();
            batch.forEach(each);
        } while (!batch.isEmpty());
    }

    private void release(Collection<Message> messages) {
        messages.forEach(message -> sqs.changeMessageVisibility(request ->
                request.queueUrl(url).receiptHandle(message.receiptHandle()).visibilityTimeout(0)));
    }

    private String urlOf(String queueName) {
        return sqs.getQueueUrl(request -> request.queueName(queueName)).queueUrl();
    }

    private String arnOf(String queueUrl) {
        return sqs.getQueueAttributes(
                        request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
    }
}
