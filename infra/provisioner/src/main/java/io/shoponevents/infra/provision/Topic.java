package io.shoponevents.infra.provision;

import io.shoponevents.events.topology.SubscriptionSpec;
import io.shoponevents.infra.provision.Queues.QueueRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.Subscription;

/** Creates the topic and subscribes queues to it with their filter policies and raw message delivery. */
final class Topic {

    private final SnsClient sns;
    private final ProvisioningLog log;

    Topic(SnsClient sns, ProvisioningLog log) {
        this.sns = sns;
        this.log = log;
    }

    /** Creating a topic that exists returns it unchanged. */
    String ensureTopic(String name) {
        return sns.createTopic(request -> request.name(name)).topicArn();
    }

    void ensureSubscriptions(String topicArn, List<SubscriptionSpec> subscriptions, Map<String, QueueRef> queues) {
        for (SubscriptionSpec spec : subscriptions) {
            String queueArn = queues.get(spec.queue()).arn();
            Map<String, String> attributes = Map.of(
                    "FilterPolicy", spec.filterPolicy(),
                    "RawMessageDelivery", Boolean.toString(spec.rawMessageDelivery()));
            Optional<Subscription> existing = find(topicArn, queueArn);
            if (existing.isPresent()) {
                String arn = existing.get().subscriptionArn();
                attributes.forEach((name, value) -> sns.setSubscriptionAttributes(request ->
                        request.subscriptionArn(arn).attributeName(name).attributeValue(value)));
            } else {
                sns.subscribe(request -> request.topicArn(topicArn)
                        .protocol("sqs")
                        .endpoint(queueArn)
                        .attributes(attributes)
                        .returnSubscriptionArn(true));
                log.created("subscription of " + spec.queue() + " to " + spec.topicName());
            }
        }
    }

    private Optional<Subscription> find(String topicArn, String queueArn) {
        return sns.listSubscriptionsByTopicPaginator(request -> request.topicArn(topicArn)).subscriptions().stream()
                .filter(subscription ->
                        "sqs".equals(subscription.protocol()) && queueArn.equals(subscription.endpoint()))
                .findFirst();
    }
}
