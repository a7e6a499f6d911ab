package io.shoponevents.runtime.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.infra.provision.Provisioner;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.domain.ConcurrentChange;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.runtime.publish.EventPublisher;
import io.shoponevents.runtime.testing.LostAnswers;
import io.shoponevents.testsupport.AwsEndpoint;
import io.shoponevents.testsupport.AwsTestEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class TransactionalOutboxIntegrationTests {

    private static final String TABLE = "shop-orders";
    private static final Duration RELAY_DELAY = Duration.ofSeconds(10);
    private static DynamoDbClient dynamoDb;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final EnvelopeCodec codec = new EnvelopeCodec(clock);
    private final FlakyPublisher publisher = new FlakyPublisher();
    private final PublishedMarks marks = new PublishedMarks(dynamoDb, TABLE, clock);
    private final TransactionalOutbox outbox =
            new TransactionalOutbox(dynamoDb, TABLE, codec, publisher, clock, RELAY_DELAY, new EventValidator(), marks);
    private final OutboxRelay relay = new OutboxRelay(dynamoDb, TABLE, codec, publisher, marks, clock);
    private final String stateKey = "TEST#" + UUID.randomUUID();

    @BeforeAll
    static void provision() {
        AwsEndpoint endpoint = AwsTestEndpoint.get();
        Provisioner.provision(
                endpoint.uri(), endpoint.dynamoDbUri(), endpoint.region().id(), "shop@example.com", System.out);
        dynamoDb = endpoint.configure(DynamoDbClient.builder()).build();
    }

    /** As a service does when it stops: what a test published is marked, not left for another test's relay. */
    @AfterEach
    void writeMarks() {
        marks.close();
    }

    @AfterAll
    static void close() {
        dynamoDb.close();
    }

    @Test
    void publishesCommittedEventsRightAfterCommitAndLeavesTheRelayNothing() {
        EventEnvelope placed = orderPlaced();

        CommitResult result =
                outbox.commit(new UnitOfWork().write(putState("v1")).emit(placed));
        clock.advance(RELAY_DELAY.plusSeconds(1));

        assertThat(result).isEqualTo(CommitResult.COMMITTED);
        assertThat(publisher.published).extracting(EventEnvelope::eventId).containsExactly(placed.eventId());
        assertThat(relay.publishDue()).isZero();
        assertThat(state()).isEqualTo("v1");
    }

    @Test
    void marksPublishedEventsPublishedInBatchesOfAtMostTwentyFive() {
        Calls batchWrites = new Calls("BatchWriteItem");
        try (DynamoDbClient counted = AwsTestEndpoint.get()
                .configure(DynamoDbClient.builder())
                .overrideConfiguration(configuration -> configuration.addExecutionInterceptor(batchWrites))
                .build()) {
            PublishedMarks batched = new PublishedMarks(counted, TABLE, clock);
            TransactionalOutbox batching = new TransactionalOutbox(
                    counted, TABLE, codec, publisher, clock, RELAY_DELAY, new EventValidator(), batched);
            List<EventEnvelope> events = new ArrayList<>();
            for (int commit = 0; commit < 3; commit++) {
                UnitOfWork work = new UnitOfWork();
                for (int event = 0; event < 10; event++) {
                    EventEnvelope placed = orderPlaced();
                    events.add(placed);
                    work.emit(placed);
                }
                batching.commit(work);
            }
            assertThat(events)
                    .allSatisfy(event -> assertThat(outboxEntry(event)).containsKey("gsi1pk"));

            batched.flush();

            assertThat(batchWrites.count()).as("30 marks in two requests").isEqualTo(2);
            assertThat(events)
                    .allSatisfy(event -> assertThat(outboxEntry(event))
                            .doesNotContainKeys("gsi1pk", "gsi1sk")
                            .containsEntry(
                                    "publishedAt",
                                    AttributeValue.fromS(clock.instant().toString()))
                            .containsKeys("envelope", "expiresAt", "gsi2pk"));
        }
    }

    @Test
    void marksThatFailToBeWrittenAreWrittenByTheNextFlush() {
        Calls batchWrites = new Calls("BatchWriteItem");
        try (DynamoDbClient refusing = AwsTestEndpoint.get()
                .configure(DynamoDbClient.builder())
                .overrideConfiguration(configuration -> configuration.addExecutionInterceptor(batchWrites))
                .build()) {
            PublishedMarks flaky = new PublishedMarks(refusing, TABLE, clock);
            EventEnvelope placed = orderPlaced();
            new TransactionalOutbox(dynamoDb, TABLE, codec, publisher, clock, RELAY_DELAY, new EventValidator(), flaky)
                    .commit(new UnitOfWork().emit(placed));

            batchWrites.refuse(true);
            assertThatExceptionOfType(RuntimeException.class).isThrownBy(flaky::flush);
            assertThat(outboxEntry(placed)).containsKey("gsi1pk");
            batchWrites.refuse(false);
            flaky.flush();

            assertThat(outboxEntry(placed)).containsKey("publishedAt").doesNotContainKey("gsi1pk");
        }
    }

    @Test
    void redeliveredEventChangesNothing() {
        String consumedEventId = UUID.randomUUID().toString();
        outbox.commit(new UnitOfWork()
                .consumes(consumedEventId)
                .write(putState("first"))
                .emit(orderPlaced()));

        CommitResult again = outbox.commit(new UnitOfWork()
                .consumes(consumedEventId)
                .write(putState("second"))
                .emit(orderPlaced()));

        assertThat(again).isEqualTo(CommitResult.ALREADY_HANDLED);
        assertThat(outbox.hasHandled(consumedEventId)).isTrue();
        assertThat(outbox.hasHandled(UUID.randomUUID().toString())).isFalse();
        assertThat(state()).isEqualTo("first");
        assertThat(publisher.published).hasSize(1);
    }

    @Test
    void relayPublishesAnEventWhosePublishFailedKeepingItsEventId() {
        publisher.failNext(1);
        EventEnvelope placed = orderPlaced();

        outbox.commit(new UnitOfWork().write(putState("v1")).emit(placed));
        assertThat(publisher.published).isEmpty();
        assertThat(relay.publishDue())
                .as("not due while the publish after commit may still run")
                .isZero();

        clock.advance(RELAY_DELAY);

        assertThat(relay.publishDue()).isEqualTo(1);
        assertThat(publisher.published).extracting(EventEnvelope::eventId).containsExactly(placed.eventId());
        assertThat(relay.publishDue()).isZero();
    }

    @Test
    void relayBacksOffAfterAFailedAttempt() {
        publisher.failNext(2);
        outbox.commit(new UnitOfWork().write(putState("v1")).emit(orderPlaced()));
        clock.advance(RELAY_DELAY);

        assertThat(relay.publishDue()).as("second attempt fails").isZero();
        clock.advance(OutboxRelay.backoff(1).minusMillis(1));
        assertThat(relay.publishDue()).as("not due before its backoff").isZero();
        assertThat(publisher.attempts).isEqualTo(2);

        clock.advance(Duration.ofMillis(1));
        assertThat(relay.publishDue()).isEqualTo(1);
    }

    @Test
    void aFailedConditionWritesNeitherStateNorEventsNorInbox() {
        String consumedEventId = UUID.randomUUID().toString();
        TransactWriteItem conflicting = TransactWriteItem.builder()
                .put(put -> put.tableName(TABLE).item(stateItem("v1")).conditionExpression("attribute_exists(pk)"))
                .build();

        assertThatExceptionOfType(ConcurrentChange.class)
                .isThrownBy(() -> outbox.commit(new UnitOfWork()
                        .consumes(consumedEventId)
                        .write(conflicting)
                        .emit(orderPlaced())));

        assertThat(state()).isNull();
        assertThat(publisher.attempts).isZero();
        assertThat(outbox.commit(new UnitOfWork().consumes(consumedEventId).write(putState("v2"))))
                .as("the event was not recorded as handled")
                .isEqualTo(CommitResult.COMMITTED);
    }

    @Test
    void refusesToStoreAnEventThatBreaksItsSchema() {
        EventEnvelope placed = orderPlaced();
        EventEnvelope broken = codec.wrap(
                EventType.ORDER_PLACED,
                ((tools.jackson.databind.node.ObjectNode) placed.detail().data().deepCopy()).put("email", "nobody"),
                "o-1",
                null,
                null);

        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() ->
                        outbox.commit(new UnitOfWork().write(putState("v1")).emit(broken)))
                .withMessageContaining("email");

        assertThat(state()).isNull();
        assertThat(publisher.attempts).isZero();
    }

    @Test
    void checksAnEventAgainstTheSchemaOfTheVersionItCarries() {
        var example = codec.data(
                codec.read(ExampleEvents.valid(EventType.ORDER_PLACED, 2)),
                io.shoponevents.events.data.v2.OrderPlaced.class);
        var withoutLines = io.shoponevents.events.data.v2.OrderPlaced.builder()
                .withOrderId(example.getOrderId())
                .withCartId(example.getCartId())
                .withCustomer(example.getCustomer())
                .withTotal(example.getTotal())
                .withShippingAddress(example.getShippingAddress())
                .build();
        EventEnvelope broken = codec.wrap(EventType.ORDER_PLACED, withoutLines, "o-1", null, null);

        assertThat(broken.detail().metadata().schemaVersion()).isEqualTo(2);
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() ->
                        outbox.commit(new UnitOfWork().write(putState("v1")).emit(broken)))
                .withMessageContaining("lines");
        assertThat(state()).isNull();
    }

    @Test
    void aTransactionReplayedWithItsTokenSucceedsAndAppliesOnce() {
        String token = UUID.randomUUID().toString();
        List<TransactWriteItem> items = List.of(createState("v1"), countUp());

        dynamoDb.transactWriteItems(request -> request.transactItems(items).clientRequestToken(token));
        dynamoDb.transactWriteItems(request -> request.transactItems(items).clientRequestToken(token));

        assertThat(state()).isEqualTo("v1");
        assertThat(count()).as("applied once").isEqualTo(1);
        assertThatExceptionOfType(IdempotentParameterMismatchException.class)
                .as("another transaction with that token")
                .isThrownBy(() -> dynamoDb.transactWriteItems(request ->
                        request.transactItems(createState("v2"), countUp()).clientRequestToken(token)));
        assertThatExceptionOfType(TransactionCanceledException.class)
                .as("the same transaction with a new token meets its own write")
                .isThrownBy(() -> dynamoDb.transactWriteItems(request -> request.transactItems(items)
                        .clientRequestToken(UUID.randomUUID().toString())));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aCommitWhoseAnswerWasLostIsRetriedAndAppliedOnce() {
        LostAnswers lost = new LostAnswers("TransactWriteItems", 1);
        try (DynamoDbClient losing = AwsTestEndpoint.get()
                .configure(DynamoDbClient.builder())
                .overrideConfiguration(configuration -> configuration.addExecutionInterceptor(lost))
                .build()) {
            TransactionalOutbox losingOutbox = new TransactionalOutbox(
                    losing, TABLE, codec, publisher, clock, RELAY_DELAY, new EventValidator(), marks);
            EventEnvelope placed = orderPlaced();

            CommitResult result = losingOutbox.commit(
                    new UnitOfWork().write(createState("v1")).write(countUp()).emit(placed));

            assertThat(result).isEqualTo(CommitResult.COMMITTED);
            assertThat(lost.attempts()).as("sent twice").isEqualTo(2);
            assertThat(state()).isEqualTo("v1");
            assertThat(count()).as("applied once").isEqualTo(1);
            assertThat(publisher.published).extracting(EventEnvelope::eventId).containsExactly(placed.eventId());
        }
    }

    private EventEnvelope orderPlaced() {
        EventEnvelope example = codec.read(ExampleEvents.valid(EventType.ORDER_PLACED));
        OrderPlaced data = codec.data(example, OrderPlaced.class);
        return codec.wrap(EventType.ORDER_PLACED, data, data.getOrderId(), null, null);
    }

    private TransactWriteItem putState(String value) {
        return TransactWriteItem.builder()
                .put(put -> put.tableName(TABLE).item(stateItem(value)))
                .build();
    }

    private Map<String, AttributeValue> stateItem(String value) {
        return Map.of(
                "pk",
                AttributeValue.fromS(stateKey),
                "sk",
                AttributeValue.fromS("STATE"),
                "value",
                AttributeValue.fromS(value));
    }

    /** Creates the state item, as a new aggregate is created: only where there is none yet. */
    private TransactWriteItem createState(String value) {
        return TransactWriteItem.builder()
                .put(put -> put.tableName(TABLE).item(stateItem(value)).conditionExpression("attribute_not_exists(pk)"))
                .build();
    }

    private TransactWriteItem countUp() {
        return TransactWriteItem.builder()
                .update(update -> update.tableName(TABLE)
                        .key(counterKey())
                        .updateExpression("ADD applied :one")
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))))
                .build();
    }

    private Map<String, AttributeValue> counterKey() {
        return Map.of("pk", AttributeValue.fromS(stateKey), "sk", AttributeValue.fromS("COUNTER"));
    }

    private int count() {
        Map<String, AttributeValue> item = dynamoDb.getItem(
                        request -> request.tableName(TABLE).key(counterKey()).consistentRead(true))
                .item();
        return item.isEmpty() ? 0 : Integer.parseInt(item.get("applied").n());
    }

    private String state() {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(TABLE)
                        .key(Map.of("pk", AttributeValue.fromS(stateKey), "sk", AttributeValue.fromS("STATE")))
                        .consistentRead(true))
                .item();
        return item.isEmpty() ? null : item.get("value").s();
    }

    private Map<String, AttributeValue> outboxEntry(EventEnvelope event) {
        return dynamoDb.getItem(request -> request.tableName(TABLE)
                        .key(OutboxItems.outboxKey(event.eventId()))
                        .consistentRead(true))
                .item();
    }

    /** Counts the calls of one operation that reached the endpoint, or refuses them before they are sent. */
    private static final class Calls implements ExecutionInterceptor {
        private final String operation;
        private final AtomicInteger sent = new AtomicInteger();
        private volatile boolean refusing;

        Calls(String operation) {
            this.operation = operation;
        }

        void refuse(boolean refuse) {
            refusing = refuse;
        }

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (refusing && isOperation(attributes)) {
                throw new IllegalStateException(operation + " refused");
            }
        }

        @Override
        public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
            if (isOperation(attributes)) {
                sent.incrementAndGet();
            }
        }

        private boolean isOperation(ExecutionAttributes attributes) {
            return operation.equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }

        int count() {
            return sent.get();
        }
    }

    /** Records what it publishes; fails the next n attempts when told to. */
    private static final class FlakyPublisher implements EventPublisher {
        final List<EventEnvelope> published = new ArrayList<>();
        int attempts;
        private int failuresLeft;

        void failNext(int failures) {
            failuresLeft = failures;
        }

        @Override
        public void publish(EventEnvelope envelope) {
            attempts++;
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("route unavailable");
            }
            published.add(envelope);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
