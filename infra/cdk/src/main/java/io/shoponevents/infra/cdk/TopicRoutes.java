package io.shoponevents.infra.cdk;

import io.shoponevents.events.topology.SubscriptionSpec;
import io.shoponevents.events.topology.Topology;
import software.amazon.awscdk.services.kms.Alias;
import software.amazon.awscdk.services.sns.CfnSubscription;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/**
 * The topic and its subscriptions: each queue receives, as the raw envelope, the events its filter policy selects on
 * the {@code detail-type} message attribute. The queue admits only this topic.
 */
final class TopicRoutes extends Construct {

    /**
     * The AWS managed key for SNS: encrypted at rest, and publishers in the account need no key policy or grant (a
     * customer managed key would need both, for every publisher).
     */
    private static final String SNS_MANAGED_KEY = "alias/aws/sns";

    private final Topic topic;

    TopicRoutes(Construct scope, String id, Topology topology, ServiceQueues queues) {
        super(scope, id);
        topic = Topic.Builder.create(this, "Topic")
                .topicName(topology.topicName())
                .masterKey(Alias.fromAliasName(this, "SnsManagedKey", SNS_MANAGED_KEY))
                .enforceSsl(true)
                .build();
        for (SubscriptionSpec spec : topology.subscriptions()) {
            if (!spec.topicName().equals(topology.topicName())) {
                throw new IllegalArgumentException(
                        spec.queue() + " subscribes to " + spec.topicName() + ", not to " + topology.topicName());
            }
            subscribe(spec, queues.named(spec.queue()));
        }
    }

    ITopic topic() {
        return topic;
    }

    private void subscribe(SubscriptionSpec spec, ServiceQueue queue) {
        CfnSubscription.Builder.create(this, spec.queue())
                .topicArn(topic.getTopicArn())
                .protocol("sqs")
                .endpoint(queue.queue().getQueueArn())
                .filterPolicyScope("MessageAttributes")
                .filterPolicy(Json.object(spec.filterPolicy()))
                .rawMessageDelivery(spec.rawMessageDelivery())
                .build();
        queue.admit("sns.amazonaws.com", topic.getTopicArn());
    }
}
