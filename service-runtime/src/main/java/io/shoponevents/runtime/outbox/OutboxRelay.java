package io.shoponevents.runtime.outbox;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.runtime.persistence.Attributes;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.runtime.publish.EventPublisher;
import io.shoponevents.runtime.tracing.Tracing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Publishes what is still pending in the outbox after a crash or a failed publish: entries that are due, oldest first.
 * A failed attempt is tried again after a backoff that doubles up to {@link #MAX_BACKOFF}. Run it on a schedule. Each
 * event is published in a segment that continues the trace of the request or message that wrote it.
 */
public final class OutboxRelay {

    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final int BATCH = 25;

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final EnvelopeCodec codec;
    private final PublishedMarks marks;
    private final OutboxPublisher publisher;
    private final Clock clock;
    private final Tracing tracing;

    public OutboxRelay(
            DynamoDbClient dynamoDb,
            String tableName,
            EnvelopeCodec codec,
            EventPublisher publisher,
            PublishedMarks marks,
            Clock clock) {
        this(dynamoDb, tableName, codec, publisher, marks, clock, Tracing.off());
    }

    public OutboxRelay(
            DynamoDbClient dynamoDb,
            String tableName,
            EnvelopeCodec codec,
            EventPublisher publisher,
            PublishedMarks marks,
            Clock clock,
            Tracing tracing) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.codec = codec;
        this.marks = marks;
        this.publisher = new OutboxPublisher(publisher, marks);
        this.clock = clock;
        this.tracing = tracing;
    }

    /**
     * Writes the marks of what was published since the last run first, so that entries published a moment ago are
     * rarely taken for pending ones (on DynamoDB the index may still show them; publishing one twice is harmless), and
     * the marks of what it publishes before it returns. A failed mark write is logged and does not stop the relay.
     *
     * @return how many due entries were published
     */
    public int publishDue() {
        marks.flushOrLog();
        Instant now = clock.instant();
        int published = 0;
        for (Map<String, AttributeValue> entry : dueEntries(now)) {
            String json = entry.get("envelope").s();
            EventEnvelope envelope = codec.read(json);
            if (tracing.inSegment(
                    "relay " + envelope.detailType(),
                    envelope.detail().metadata().traceHeader(),
                    () -> publisher.publishOrLeavePending(envelope, json))) {
                published++;
            } else {
                int attempts = Integer.parseInt(entry.get("attempts").n()) + 1;
                postpone(envelope.eventId(), attempts, now.plus(backoff(attempts)));
            }
        }
        marks.flushOrLog();
        return published;
    }

    static Duration backoff(int attempts) {
        Duration backoff = Duration.ofSeconds(1L << Math.min(attempts, 16));
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    private Iterable<Map<String, AttributeValue>> dueEntries(Instant now) {
        return dynamoDb.query(request -> request.tableName(tableName)
                        .indexName("gsi1")
                        .keyConditionExpression("gsi1pk = :pending AND gsi1sk < :due")
                        .expressionAttributeValues(Map.of(
                                ":pending", Attributes.s(OutboxItems.PENDING),
                                ":due", Attributes.s(OutboxItems.dueBefore(now.plusMillis(1)))))
                        .limit(BATCH))
                .items();
    }

    private void postpone(String eventId, int attempts, Instant nextAttemptAt) {
        dynamoDb.updateItem(request -> request.tableName(tableName)
                .key(OutboxItems.outboxKey(eventId))
                .conditionExpression("attribute_exists(gsi1pk)")
                .updateExpression("SET attempts = :attempts, gsi1sk = :next")
                .expressionAttributeValues(Map.of(
                        ":attempts", Attributes.n(attempts),
                        ":next", OutboxItems.attemptKey(nextAttemptAt, eventId))));
    }
}
