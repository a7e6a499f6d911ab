package io.shoponevents.infra.cdk;

import io.shoponevents.events.topology.QueueSpec;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * A service's queue with its dead-letter queue, both encrypted and reachable over TLS only, and the alarms that tell an
 * operator it needs attention: anything in the dead-letter queue, or messages waiting too long.
 */
final class ServiceQueue extends Construct {

    /** Older than this, a waiting message means the consumer is down or cannot keep up. */
    static final Duration OLDEST_MESSAGE_ALARM_AGE = Duration.minutes(5);

    private final Queue queue;
    private final Queue deadLetterQueue;

    ServiceQueue(Construct scope, QueueSpec spec) {
        super(scope, spec.name());
        deadLetterQueue = Queue.Builder.create(this, "DeadLetterQueue")
                .queueName(spec.deadLetterQueueName())
                .retentionPeriod(seconds(spec.deadLetterRetention()))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .build();
        queue = Queue.Builder.create(this, "Queue")
                .queueName(spec.name())
                .visibilityTimeout(seconds(spec.visibilityTimeout()))
                .retentionPeriod(seconds(spec.retention()))
                .deadLetterQueue(DeadLetterQueue.builder()
                        .queue(deadLetterQueue)
                        .maxReceiveCount(spec.maxReceiveCount())
                        .build())
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .build();
        alarm(
                "DeadLettersAlarm",
                deadLetterQueue.metricApproximateNumberOfMessagesVisible(maximum()),
                0,
                "Messages wait in " + spec.deadLetterQueueName() + "; the consumer logged why it gave up on each.");
        alarm(
                "OldestMessageAlarm",
                queue.metricApproximateAgeOfOldestMessage(maximum()),
                OLDEST_MESSAGE_ALARM_AGE.toSeconds(),
                "A message waits in " + spec.name() + " for more than " + OLDEST_MESSAGE_ALARM_AGE.toMinutes()
                        + " minutes: its consumer is down or cannot keep up.");
    }

    IQueue queue() {
        return queue;
    }

    IQueue deadLetterQueue() {
        return deadLetterQueue;
    }

    /** Lets {@code service} (events, sns) send to the queue on behalf of the one rule or topic {@code sourceArn}. */
    void admit(String service, String sourceArn) {
        queue.addToResourcePolicy(PolicyStatement.Builder.create()
                .principals(List.of(new ServicePrincipal(service)))
                .actions(List.of("sqs:SendMessage"))
                .resources(List.of(queue.getQueueArn()))
                .conditions(Map.of("ArnEquals", Map.of("aws:SourceArn", sourceArn)))
                .build());
    }

    private void alarm(String id, Metric metric, Number threshold, String description) {
        Alarm.Builder.create(this, id)
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription(description)
                .build();
    }

    private static MetricOptions maximum() {
        return MetricOptions.builder()
                .statistic("Maximum")
                .period(Duration.minutes(1))
                .build();
    }

    private static Duration seconds(java.time.Duration duration) {
        return Duration.seconds(duration.toSeconds());
    }
}
