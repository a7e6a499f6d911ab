package io.shoponevents.infra.cdk;

import static io.shoponevents.infra.cdk.CfnTemplate.list;
import static io.shoponevents.infra.cdk.CfnTemplate.listOf;
import static io.shoponevents.infra.cdk.CfnTemplate.map;
import static io.shoponevents.infra.cdk.CfnTemplate.referencedId;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.topology.QueueSpec;
import io.shoponevents.events.topology.RuleSpec;
import io.shoponevents.events.topology.SubscriptionSpec;
import io.shoponevents.events.topology.Topology;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MessagingStackTests {

    private static final String QUEUE = "AWS::SQS::Queue";

    private static final Topology topology = Topology.standard();
    private static CfnTemplate messaging;

    @BeforeAll
    static void synthesize() {
        messaging = SynthesizedShop.get().messaging;
    }

    @Test
    void routesEveryRuleOfTheTopologyToItsQueueWithItsEventPattern() {
        String busId = messaging.logicalId("AWS::Events::EventBus", "Name", topology.busName());
        for (RuleSpec rule : topology.rules()) {
            Map<String, Object> properties =
                    messaging.propertiesOf(messaging.logicalId("AWS::Events::Rule", "Name", rule.name()));

            assertThat(properties.get("EventPattern")).isEqualTo(Json.object(rule.eventPattern()));
            assertThat(referencedId(properties.get("EventBusName"))).isEqualTo(busId);
            assertThat(list(properties.get("Targets")))
                    .singleElement()
                    .satisfies(target ->
                            assertThat(referencedId(map(target).get("Arn"))).isEqualTo(queueId(rule.targetQueue())));
        }
        messaging.template.resourceCountIs("AWS::Events::Rule", topology.rules().size());
    }

    @Test
    void subscribesEveryQueueOfTheTopologyWithItsFilterPolicyAndRawDelivery() {
        String topicId = messaging.logicalId("AWS::SNS::Topic", "TopicName", topology.topicName());
        for (SubscriptionSpec subscription : topology.subscriptions()) {
            List<Map<String, Object>> matching = messaging.properties("AWS::SNS::Subscription").stream()
                    .filter(properties ->
                            queueId(subscription.queue()).equals(referencedId(properties.get("Endpoint"))))
                    .toList();

            assertThat(matching).singleElement().satisfies(properties -> {
                assertThat(properties)
                        .containsEntry("Protocol", "sqs")
                        .containsEntry("FilterPolicyScope", "MessageAttributes")
                        .containsEntry("FilterPolicy", Json.object(subscription.filterPolicy()))
                        .containsEntry("RawMessageDelivery", subscription.rawMessageDelivery());
                assertThat(referencedId(properties.get("TopicArn"))).isEqualTo(topicId);
            });
        }
        messaging.template.resourceCountIs(
                "AWS::SNS::Subscription", topology.subscriptions().size());
    }

    @Test
    void createsEveryQueueWithItsDeadLetterQueueAndRedrivePolicy() {
        for (QueueSpec spec : topology.queues()) {
            Map<String, Object> queue = messaging.propertiesOf(queueId(spec.name()));
            Map<String, Object> deadLetterQueue = messaging.propertiesOf(queueId(spec.deadLetterQueueName()));

            assertThat(queue)
                    .containsEntry(
                            "VisibilityTimeout", (int) spec.visibilityTimeout().toSeconds())
                    .containsEntry(
                            "MessageRetentionPeriod", (int) spec.retention().toSeconds());
            Map<String, Object> redrive = map(queue.get("RedrivePolicy"));
            assertThat(redrive).containsEntry("maxReceiveCount", spec.maxReceiveCount());
            assertThat(referencedId(redrive.get("deadLetterTargetArn"))).isEqualTo(queueId(spec.deadLetterQueueName()));
            assertThat(deadLetterQueue)
                    .containsEntry("MessageRetentionPeriod", (int)
                            spec.deadLetterRetention().toSeconds())
                    .doesNotContainKey("RedrivePolicy");
        }
        messaging.template.resourceCountIs(QUEUE, 2 * topology.queues().size());
    }

    @Test
    void everyQueueButTheDeadLetterQueuesRedrivesToOne() {
        Set<String> deadLetterQueueIds = messaging.properties(QUEUE).stream()
                .map(queue -> referencedId(map(queue.get("RedrivePolicy")).get("deadLetterTargetArn")))
                .filter(id -> id != null)
                .collect(Collectors.toSet());

        messaging
                .resources(QUEUE)
                .forEach((id, queue) -> assertThat(deadLetterQueueIds.contains(id)
                                || map(queue.get("Properties")).containsKey("RedrivePolicy"))
                        .as("%s has a dead-letter queue or is one", id)
                        .isTrue());
    }

    @Test
    void everyQueueIsEncryptedAtRest() {
        assertThat(messaging.properties(QUEUE))
                .hasSize(2 * topology.queues().size())
                .allSatisfy(queue -> assertThat(Boolean.TRUE.equals(queue.get("SqsManagedSseEnabled"))
                                || queue.containsKey("KmsMasterKeyId"))
                        .as("%s is encrypted", queue.get("QueueName"))
                        .isTrue());
    }

    @Test
    void everyQueueAdmitsOnlyItsOwnRulesAndTopicByTheirArn() {
        String topicId = messaging.logicalId("AWS::SNS::Topic", "TopicName", topology.topicName());
        Map<String, Set<String>> expectedSources = new HashMap<>();
        topology.rules()
                .forEach(rule -> expectedSources
                        .computeIfAbsent(queueId(rule.targetQueue()), queue -> new HashSet<>())
                        .add(messaging.logicalId("AWS::Events::Rule", "Name", rule.name())));
        topology.subscriptions()
                .forEach(subscription -> expectedSources
                        .computeIfAbsent(queueId(subscription.queue()), queue -> new HashSet<>())
                        .add(topicId));

        Map<String, Set<String>> admittedSources = new HashMap<>();
        for (Map<String, Object> policy : messaging.properties("AWS::SQS::QueuePolicy")) {
            for (Map<String, Object> statement : CfnTemplate.statements(policy.get("PolicyDocument"))) {
                if (!"Allow".equals(statement.get("Effect"))) {
                    continue;
                }
                Object sourceArn =
                        map(map(statement.get("Condition")).get("ArnEquals")).get("aws:SourceArn");
                assertThat(sourceArn)
                        .as("Allow statement %s conditions on aws:SourceArn", statement)
                        .isNotNull();
                listOf(policy.get("Queues"))
                        .forEach(queue -> admittedSources
                                .computeIfAbsent(referencedId(queue), id -> new HashSet<>())
                                .add(referencedId(sourceArn)));
            }
        }
        assertThat(admittedSources).isEqualTo(expectedSources);
    }

    @Test
    void everyQueuePolicyRefusesRequestsWithoutTls() {
        Set<String> policedQueues = new HashSet<>();
        for (Map<String, Object> policy : messaging.properties("AWS::SQS::QueuePolicy")) {
            assertThat(CfnTemplate.statements(policy.get("PolicyDocument")))
                    .anySatisfy(statement -> assertThat(statement)
                            .containsEntry("Effect", "Deny")
                            .containsEntry("Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
            listOf(policy.get("Queues")).forEach(queue -> policedQueues.add(referencedId(queue)));
        }
        assertThat(policedQueues).isEqualTo(messaging.resources(QUEUE).keySet());
    }

    @Test
    void alarmsOnDeadLettersAndOnTheAgeOfTheOldestMessageOfEveryQueue() {
        for (QueueSpec spec : topology.queues()) {
            assertThat(alarmedQueues("ApproximateNumberOfMessagesVisible", 0))
                    .contains(queueId(spec.deadLetterQueueName()));
            assertThat(alarmedQueues(
                            "ApproximateAgeOfOldestMessage", ServiceQueue.OLDEST_MESSAGE_ALARM_AGE.toSeconds()))
                    .contains(queueId(spec.name()));
        }
        messaging.template.resourceCountIs(
                "AWS::CloudWatch::Alarm", 2 * topology.queues().size());
    }

    @Test
    void archivesEveryEventOfTheAccountOnTheBus() {
        Map<String, Object> archive = messaging.propertiesOf(messaging.logicalId(
                "AWS::Events::Archive", "ArchiveName", topology.archive().name()));

        assertThat(archive).containsEntry("RetentionDays", (int)
                topology.archive().retention().toDays());
        assertThat(archive.get("EventPattern")).isEqualTo(Map.of("account", List.of(Map.of("Ref", "AWS::AccountId"))));
        assertThat(referencedId(archive.get("SourceArn")))
                .isEqualTo(messaging.logicalId("AWS::Events::EventBus", "Name", topology.busName()));
    }

    @Test
    void theTopicIsEncryptedAndRefusesRequestsWithoutTls() {
        Map<String, Object> topic =
                messaging.propertiesOf(messaging.logicalId("AWS::SNS::Topic", "TopicName", topology.topicName()));

        assertThat(topic).containsKey("KmsMasterKeyId");
        assertThat(messaging.properties("AWS::SNS::TopicPolicy"))
                .singleElement()
                .satisfies(policy -> assertThat(CfnTemplate.statements(policy.get("PolicyDocument")))
                        .anySatisfy(statement -> assertThat(statement)
                                .containsEntry("Effect", "Deny")
                                .containsEntry("Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))));
    }

    private static String queueId(String queueName) {
        return messaging.logicalId(QUEUE, "QueueName", queueName);
    }

    /** The queues with an alarm on {@code metric} above {@code threshold}. */
    private static Set<String> alarmedQueues(String metric, Number threshold) {
        return messaging.properties("AWS::CloudWatch::Alarm").stream()
                .filter(alarm -> metric.equals(alarm.get("MetricName"))
                        && threshold.longValue() == ((Number) alarm.get("Threshold")).longValue()
                        && "GreaterThanThreshold".equals(alarm.get("ComparisonOperator")))
                .flatMap(alarm -> list(alarm.get("Dimensions")).stream())
                .filter(dimension -> "QueueName".equals(map(dimension).get("Name")))
                .map(dimension -> referencedId(map(dimension).get("Value")))
                .collect(Collectors.toSet());
    }
}
