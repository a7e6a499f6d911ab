package io.shoponevents.runtime.publish;

import java.util.function.Supplier;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The topic's ARN: the configured one, or else found by name among the account's topics on first use. Never creates
 * a topic; that is the provisioner's job.
 */
public final class TopicArnResolver implements Supplier<String> {

    private final SnsClient sns;
    private final String topicName;
    private volatile String topicArn;

    public TopicArnResolver(SnsClient sns, String topicName, String configuredArn) {
        this.sns = sns;
        this.topicName = topicName;
        this.topicArn = configuredArn;
    }

    @Override
    public String get() {
        String arn = topicArn;
        if (arn == null) {
            arn = sns.listTopicsPaginator().topics().stream()
                    .map(topic -> topic.topicArn())
                    .filter(candidate -> candidate.endsWith(":" + topicName))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "topic " + topicName + " does not exist; run the provisioner (scripts/provision.sh)"));
            topicArn = arn;
        }
        return arn;
    }
}
