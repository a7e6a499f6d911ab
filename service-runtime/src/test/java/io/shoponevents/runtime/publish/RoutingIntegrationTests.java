package io.shoponevents.runtime.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvent;
import io.shoponevents.events.ServiceName;
import io.shoponevents.events.topology.Topology;
import io.shoponevents.infra.provision.Provisioner;
import io.shoponevents.testsupport.AwsEndpoint;
import io.shoponevents.testsupport.AwsTestEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Sends every example event the way its producer does (PutEvents on the bus, Publish on the topic) through a freshly
 * provisioned endpoint and reads every queue: each event arrives in exactly the queues of its consumers, intact, once.
 */
class RoutingIntegrationTests {

    private static final AwsEndpoint endpoint = AwsTestEndpoint.get();
    private static final Topology topology = Topology.standard();
    private static final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());

    private static SqsClient sqs;
    private static EventBridgeClient eventBridge;
    private static SnsClient sns;

    /** Which events of this run arrived where: queue name to the envelopes received there. */
    private final Map<String, List<EventEnvelope>> received = new HashMap<>();

    @BeforeAll
    static void provision() {
        Provisioner.provision(
                endpoint.uri(), endpoint.dynamoDbUri(), endpoint.region().id(), "shop@example.com", System.out);
        sqs = endpoint.configure(SqsClient.builder()).build();
        eventBridge = endpoint.configure(EventBridgeClient.builder()).build();
        sns = endpoint.configure(SnsClient.builder()).build();
    }

    @AfterAll
    static void closeClients() {
        sqs.close();
        eventBridge.close();
        sns.close();
    }

    @Test
    void everyEventReachesExactlyTheQueuesOfItsConsumersIntact() {
        String topicArn =
                sns.createTopic(request -> request.name(topology.topicName())).topicArn();
        RoutingPublisher publisher = new RoutingPublisher(eventBridge, topology.busName(), sns, () -> topicArn, codec);
        // fresh event ids keep the runs against a long-lived endpoint apart
        Map<String, EventEnvelope> sent = Arrays.stream(EventType.values())
                .map(type -> ExampleEvent.of(type).envelope())
                .peek(publisher::publish)
                .collect(Collectors.toMap(EventEnvelope::eventId, envelope -> envelope));
        Map<String, Set<String>> expected = expectedDetailTypesByQueue();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            drainQueues(sent.keySet(), 0);
            assertThat(detailTypesByQueue()).containsAllEntriesOf(expected);
        });
        drainQueues(sent.keySet(), 1);

        assertThat(detailTypesByQueue()).isEqualTo(expected);
        received.values().stream().flatMap(List::stream).forEach(envelope -> {
            EventEnvelope original = sent.get(envelope.eventId());
            assertThat(envelope.detailType()).isEqualTo(original.detailType());
            assertThat(envelope.source()).isEqualTo(original.source());
            assertThat(envelope.detail()).isEqualTo(original.detail());
        });
        received.forEach((queue, envelopes) -> assertThat(envelopes)
                .as("no event delivered twice to %s", queue)
                .doesNotHaveDuplicates());
    }

    /** The catalog's consumers of each event type, as queue name to the detail-types it must receive. */
    private static Map<String, Set<String>> expectedDetailTypesByQueue() {
        Map<String, Set<String>> expected = new HashMap<>();
        for (EventType type : EventType.values()) {
            for (ServiceName consumer : type.consumers()) {
                expected.computeIfAbsent(consumer.queueName(), queue -> new TreeSet<>())
                        .add(type.detailType());
            }
        }
        return expected;
    }

    /** Reads and deletes what is waiting in every queue, keeping this run's events. */
    private void drainQueues(Set<String> eventIdsOfThisRun, int waitSeconds) {
        for (var queue : topology.queues()) {
            String url =
                    sqs.getQueueUrl(request -> request.queueName(queue.name())).queueUrl();
            List<Message> messages;
            do {
                messages = sqs.receiveMessage(request ->
                                request.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(waitSeconds))
                        .messages();
                for (Message message : messages) {
                    EventEnvelope envelope = codec.read(message.body());
                    if (eventIdsOfThisRun.contains(envelope.eventId())) {
                        received.computeIfAbsent(queue.name(), name -> new ArrayList<>())
                                .add(envelope);
                    }
                    sqs.deleteMessage(request -> request.queueUrl(url).receiptHandle(message.receiptHandle()));
                }
            } while (!messages.isEmpty());
        }
    }

    private Map<String, Set<String>> detailTypesByQueue() {
        return received.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> entry.getValue().stream()
                                .map(EventEnvelope::detailType)
                                .collect(Collectors.toCollection(TreeSet::new))));
    }
}
