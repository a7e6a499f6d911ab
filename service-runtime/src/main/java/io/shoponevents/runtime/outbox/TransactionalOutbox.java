package io.shoponevents.runtime.outbox;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.runtime.publish.EventPublisher;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
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

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final EnvelopeCodec codec;
    private final OutboxPublisher publisher;
    private final Clock clock;
    private final Duration relayDelay;

    /**
     * @param relayDelay how long the relay leaves a new entry to the publish right after commit
     */
    public TransactionalOutbox(
            DynamoDbClient dynamoDb,
            String tableName,
            EnvelopeCodec codec,
            EventPublisher publisher,
            Clock clock,
            Duration relayDelay) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.codec = codec;
        this.publisher = new OutboxPublisher(dynamoDb, tableName, publisher, clock);
        this.clock = clock;
        this.relayDelay = relayDelay;
    }

    /**
     * @throws ConcurrentChangeException when a condition on the service's own items failed; nothing was written
     */
    public CommitResult commit(UnitOfWork work) {
        List<TransactWriteItem> items = new ArrayList<>(work.stateChanges());
        int inboxIndex = work.consumedEventId().isPresent() ? items.size() : -1;
        work.consumedEventId()
                .ifPresent(eventId -> items.add(TransactWriteItem.builder()
                        .put(put -> put.tableName(tableName)
                                .item(OutboxItems.inboxEntry(eventId, clock.instant()))
                                .conditionExpression("attribute_not_exists(pk)"))
                        .build()));
        for (EventEnvelope event : work.events()) {
            items.add(TransactWriteItem.builder()
                    .put(put -> put.tableName(tableName)
                            .item(OutboxItems.pendingOutboxEntry(
                                    event, codec.write(event), clock.instant().plus(relayDelay))))
                    .build());
        }
        try {
            dynamoDb.transactWriteItems(request -> request.transactItems(items));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            if (inboxIndex >= 0 && inboxIndex < reasons.size() && failedCondition(reasons.get(inboxIndex))) {
                log.info(
                        "event {} was handled before; nothing changed",
                        work.consumedEventId().orElseThrow());
                return CommitResult.ALREADY_HANDLED;
            }
            if (reasons.stream().anyMatch(TransactionalOutbox::failedCondition)) {
                throw new ConcurrentChangeException("a condition on " + tableName + " failed: " + reasons, e);
            }
            throw e;
        }
        work.events().forEach(publisher::publishOrLeavePending);
        return CommitResult.COMMITTED;
    }

    private static boolean failedCondition(CancellationReason reason) {
        return CONDITION_FAILED.equals(reason.code());
    }
}
