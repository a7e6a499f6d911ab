package io.shoponevents.runtime.journey;

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
 * Records in the service's table that it gave up on a message and sent it to its dead-letter queue, so the journey of
 * the message's order shows where it stopped and why. What can be read of the message is recorded; a message without
 * a correlation id belongs to no journey and is only logged (by the caller). Recording never fails the caller: the
 * dead letter itself is what matters.
 */
public final class DeadLetterJournal {

    /** As long as the dead-letter queue keeps the message. */
    static final Duration KEEP_FOR = Duration.ofDays(14);

    private static final Logger log = LoggerFactory.getLogger(DeadLetterJournal.class);
    private static final int MAX_REASON_LENGTH = 1024;

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Clock clock;

    public DeadLetterJournal(DynamoDbClient dynamoDb, String tableName, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.clock = clock;
    }

    public void record(String messageBody, String reason) {
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
        item.put(
                "expiresAt",
                AttributeValue.fromN(Long.toString(now.plus(KEEP_FOR).getEpochSecond())));
        try {
            dynamoDb.putItem(request -> request.tableName(tableName).item(item));
        } catch (RuntimeException e) {
            log.warn("dead letter of {} not recorded in its journey: {}", correlationId, e.toString());
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
