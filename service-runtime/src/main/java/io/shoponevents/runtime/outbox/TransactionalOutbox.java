package io.shoponevents.runtime.outbox;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.Violation;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.domain.ConcurrentChange;
import io.shoponevents.runtime.journey.ConsumedEvent;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.runtime.publish.EventPublisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Commits a {@link UnitOfWork} in one {@code TransactWriteItems} on the service's table, then publishes its events at
 * once. An event whose publish fails stays pending in the table; the {@link OutboxRelay} publishes it later.
 */
public final class TransactionalOutbox {

    private static final Logger log = LoggerFactory.getLogger(TransactionalOutbox.class);
    private static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final String TRANSACTION_CONFLICT = "TransactionConflict";

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final EnvelopeCodec codec;
    private final OutboxPublisher publisher;
    private final Clock clock;
    private final Duration relayDelay;
    private final EventValidator validator;

    /**
     * @param relayDelay how long the relay leaves a new entry to the publish right after commit
     * @param marks where a published event is marked published; shared with the relay
     */
    public TransactionalOutbox(
            DynamoDbClient dynamoDb,
            String tableName,
            EnvelopeCodec codec,
            EventPublisher publisher,
            Clock clock,
            Duration relayDelay,
            EventValidator validator,
            PublishedMarks marks) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.codec = codec;
        this.publisher = new OutboxPublisher(publisher, marks);
        this.clock = clock;
        this.relayDelay = relayDelay;
        this.validator = validator;
    }

    /**
     * @throws IllegalArgumentException when an event breaks its schema: it could never be published, so nothing is
     *     written
     * @throws ConcurrentChange when a condition on the service's own items failed, or another transaction
     *     touched them at the same time; nothing was written and trying again may succeed
     */
    public CommitResult commit(UnitOfWork work) {
        work.events().forEach(this::requireValid);
        List<TransactWriteItem> items = new ArrayList<>(work.stateChanges());
        int inboxIndex = work.consumedEventId().isPresent() ? items.size() : -1;
        work.consumedEventId()
                .ifPresent(eventId -> items.add(TransactWriteItem.builder()
                        .put(put -> put.tableName(tableName)
                                .item(OutboxItems.inboxEntry(
                                        eventId, ConsumedEvent.recording(eventId), consumedAt(work)))
                                .conditionExpression("attribute_not_exists(pk)"))
                        .build()));
        List<Outgoing> outgoing = work.events().stream()
                .map(event -> new Outgoing(event, codec.write(event)))
                .toList();
        for (Outgoing event : outgoing) {
            Map<String, AttributeValue> entry = OutboxItems.pendingOutboxEntry(
                    event.envelope(), event.json(), clock.instant().plus(relayDelay));
            items.add(TransactWriteItem.builder()
                    .put(put -> put.tableName(tableName).item(entry))
                    .build());
        }
        // One token per commit, kept by the SDK on its retries: DynamoDB answers a retried transaction that it has
        // applied already (its first answer was lost, say, when an attempt timed out) with success instead of
        // evaluating its conditions again against its own writes, for ten minutes.
        String token = UUID.randomUUID().toString();
        try {
            dynamoDb.transactWriteItems(request -> request.transactItems(items).clientRequestToken(token));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            if (inboxIndex >= 0 && inboxIndex < reasons.size() && failedCondition(reasons.get(inboxIndex))) {
                log.info(
                        "event {} was handled before; nothing changed",
                        work.consumedEventId().orElseThrow());
                return CommitResult.ALREADY_HANDLED;
            }
            if (reasons.stream().anyMatch(TransactionalOutbox::failedCondition)) {
                throw new ConcurrentChange("a condition on " + tableName + " failed: " + reasons, e);
            }
            if (reasons.stream().anyMatch(reason -> TRANSACTION_CONFLICT.equals(reason.code()))) {
                throw new ConcurrentChange("another transaction on " + tableName + " got there first", e);
            }
            throw e;
        }
        outgoing.forEach(event -> publisher.publishOrLeavePending(event.envelope(), event.json()));
        return CommitResult.COMMITTED;
    }

    /** Now, or the time of the first event it caused if that is earlier: a journey lists the cause first. */
    private Instant consumedAt(UnitOfWork work) {
        Instant now = clock.instant();
        return work.events().stream()
                .map(EventEnvelope::time)
                .filter(time -> time != null && time.isBefore(now))
                .min(Instant::compareTo)
                .orElse(now);
    }

    private void requireValid(EventEnvelope event) {
        EventType type = EventType.of(event.detailType())
                .orElseThrow(() -> new IllegalArgumentException("unknown detail-type " + event.detailType()));
        List<Violation> violations = validator.validate(
                type, event.detail().metadata().schemaVersion(), event.detail().data());
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(type.detailType() + " breaks its schema: " + violations);
        }
    }

    /**
     * Whether a consumed event has been handled already. For side effects that cannot join the transaction, such as
     * sending an email: check first, act, then commit with {@link UnitOfWork#consumes}.
     */
    public boolean hasHandled(String eventId) {
        return dynamoDb.getItem(request -> request.tableName(tableName)
                        .key(OutboxItems.inboxKey(eventId))
                        .consistentRead(true))
                .hasItem();
    }

    /** An event as the outbox stores and publishes it: the envelope and its JSON, written once. */
    private record Outgoing(EventEnvelope envelope, String json) {}

    private static boolean failedCondition(CancellationReason reason) {
        return CONDITION_FAILED.equals(reason.code());
    }
}
