package io.shoponevents.runtime.journey;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Records in the service's journey what its outbox and inbox do not: a message it gave up on and sent to its
 * dead-letter queue, so the journey of the message's order shows where it stopped and why; and an event it
 * acknowledged without a state change, so the journey shows it arrived. Recording never fails the caller: the message
 * itself is what matters.
 */
public final class JourneyRecorder {

    /** As long as the dead-letter queue keeps the message. */
    static final Duration KEEP_DEAD_LETTERS_FOR = Duration.ofDays(14);

    /** As long as the inbox keeps its entries. */
    static final Duration KEEP_CONSUMED_FOR = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(JourneyRecorder.class);
    private static final int MAX_REASON_LENGTH = 1024;

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Clock clock;

    public JourneyRecorder(DynamoDbClient dynamoDb, String tableName, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.clock = clock;
    }

    /**
     * What can be read of the message is recorded; a message without a correlation id belongs to no journey and is
     * only logged (by the caller).
     */
    public void deadLettered(String messageBody, String reason) {
        JsonNode envelope = readLeniently(messageBody);
        JsonNode metadata = envelope.path("detail").path("metadata");
        String correlationId = text(metadata.path("correlationId"));
        if (correlationId == null) {
            return;
        }
        String eventId = text(metadata.path("eventId"));
        Instant now = clock.instant();
        Map<String, AttributeValue> item = new HashMap<>(JourneyItems.attributes(
                Direction.DEAD_LETTERED,
                eventId == null ? "unidentified-" + UUID.randomUUID() : eventId,
                text(envelope.path("detail-type")),
                text(envelope.path("source")),
                correlationId,
                text(metadata.path("causationId")),
                now));
        item.put("pk", AttributeValue.fromS("DEADLETTER#" + UUID.randomUUID()));
        item.put("sk", AttributeValue.fromS("DEADLETTER"));
        item.put("reason", AttributeValue.fromS(truncate(reason)));
        put(item, now.plus(KEEP_DEAD_LETTERS_FOR), correlationId);
    }

    /** An event the service acknowledged without writing an inbox entry. Its redelivery writes the same item. */
    public void consumed(EventEnvelope envelope) {
        String correlationId = envelope.detail().metadata().correlationId();
        if (correlationId == null) {
            return;
        }
        Instant now = clock.instant();
        Map<String, AttributeValue> item = new HashMap<>(JourneyItems.attributes(
                Direction.CONSUMED,
                envelope.eventId(),
                envelope.detailType(),
                envelope.source(),
                correlationId,
                envelope.detail().metadata().causationId(),
                now));
        item.put("pk", AttributeValue.fromS("CONSUMED#" + envelope.eventId()));
        item.put("sk", AttributeValue.fromS("CONSUMED"));
        put(item, now.plus(KEEP_CONSUMED_FOR), correlationId);
    }

    private void put(Map<String, AttributeValue> item, Instant expiresAt, String correlationId) {
        item.put("expiresAt", AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())));
        try {
            dynamoDb.putItem(request -> request.tableName(tableName).item(item));
        } catch (RuntimeException e) {
            log.warn("journey of {} misses an entry: {}", correlationId, e.toString());
        }
    }

    private static JsonNode readLeniently(String messageBody) {
        try {
            return EventJson.mapper().readTree(messageBody);
        } catch (RuntimeException notJson) {
            return MissingNode.getInstance();
        }
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isString() || node.stringValue().isBlank()) {
            return null;
        }
        String value = node.stringValue();
        return value.length() <= MAX_REASON_LENGTH ? value : value.substring(0, MAX_REASON_LENGTH);
    }

    private static String truncate(String reason) {
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }
}
