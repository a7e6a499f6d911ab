package io.shoponevents.infra.provision;

import io.shoponevents.events.topology.QueueSpec;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import tools.jackson.databind.json.JsonMapper;

/** Creates each service's queue and dead-letter queue, or brings existing ones to the declared settings. */
final class Queues {

    /** A queue as the other resources refer to it. */
    record QueueRef(String name, String url, String arn) {}

    private final SqsClient sqs;
    private final ProvisioningLog log;
    private final JsonMapper json = JsonMapper.shared();

    Queues(SqsClient sqs, ProvisioningLog log) {
        this.sqs = sqs;
        this.log = log;
    }

    /** @return every main queue by name */
    Map<String, QueueRef> ensure(List<QueueSpec> specs) {
        Map<String, QueueRef> queues = new LinkedHashMap<>();
        for (QueueSpec spec : specs) {
            QueueRef deadLetters = ensure(
                    spec.deadLetterQueueName(),
                    Map.of(QueueAttributeName.MESSAGE_RETENTION_PERIOD, seconds(spec.deadLetterRetention())));
            String redrivePolicy = json.writeValueAsString(
                    Map.of("deadLetterTargetArn", deadLetters.arn(), "maxReceiveCount", spec.maxReceiveCount()));
            queues.put(
                    spec.name(),
                    ensure(
                            spec.name(),
                            Map.of(
                                    QueueAttributeName.VISIBILITY_TIMEOUT, seconds(spec.visibilityTimeout()),
                                    QueueAttributeName.MESSAGE_RETENTION_PERIOD, seconds(spec.retention()),
                                    QueueAttributeName.REDRIVE_POLICY, redrivePolicy)));
        }
        return queues;
    }

    /** Lets only the given rules and topic send to the queue. */
    void restrictSenders(QueueRef queue, QueuePolicy policy) {
        sqs.setQueueAttributes(request -> request.queueUrl(queue.url())
                .attributes(Map.of(QueueAttributeName.POLICY, policy.toJson(queue.arn()))));
    }

    private QueueRef ensure(String name, Map<QueueAttributeName, String> settings) {
        Map<QueueAttributeName, String> attributes = new HashMap<>(settings);
        attributes.put(QueueAttributeName.SQS_MANAGED_SSE_ENABLED, "true");
        String url = existingUrl(name)
                .map(existing -> {
                    sqs.setQueueAttributes(request -> request.queueUrl(existing).attributes(attributes));
                    return existing;
                })
                .orElseGet(
                        () -> sqs.createQueue(request -> request.queueName(name).attributes(attributes))
                                .queueUrl());
        String arn = sqs.getQueueAttributes(
                        request -> request.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        return new QueueRef(name, url, arn);
    }

    private Optional<String> existingUrl(String name) {
        try {
            return Optional.of(
                    sqs.getQueueUrl(request -> request.queueName(name)).queueUrl());
        } catch (QueueDoesNotExistException e) {
            return Optional.empty();
        }
    }

    private static String seconds(Duration duration) {
        return Long.toString(duration.toSeconds());
    }
}
