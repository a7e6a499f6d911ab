package io.shoponevents.runtime.journey;

import static io.shoponevents.runtime.persistence.Attributes.string;

import io.shoponevents.runtime.persistence.Attributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The attributes that put an outbox, inbox or dead-letter entry into the sparse journey index {@code gsi2} of the
 * service's table: keyed by correlation id, sorted by time. Entries without a correlation id stay out of it.
 */
public final class JourneyItems {

    static final String INDEX = "gsi2";
    static final String PARTITION_KEY = "gsi2pk";
    static final String KEY_PREFIX = "JOURNEY#";

    private JourneyItems() {}

    /**
     * @param causationId may be null
     * @return the attributes to add to the entry's item; none when {@code correlationId} is null
     */
    public static Map<String, AttributeValue> attributes(
            Direction direction,
            String eventId,
            String detailType,
            String source,
            String correlationId,
            String causationId,
            Instant time) {
        if (correlationId == null || correlationId.isEmpty()) {
            return Map.of();
        }
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PARTITION_KEY, s(key(correlationId)));
        item.put("gsi2sk", s(time + "#" + direction + "#" + eventId));
        item.put("direction", s(direction.name()));
        item.put("eventId", s(eventId));
        item.put("detailType", s(detailType));
        item.put("source", s(source));
        item.put("correlationId", s(correlationId));
        item.put("at", s(time.toString()));
        if (causationId != null && !causationId.isEmpty()) {
            item.put("causationId", s(causationId));
        }
        return item;
    }

    static String key(String correlationId) {
        return KEY_PREFIX + correlationId;
    }

    static JourneyEntry entry(Map<String, AttributeValue> item) {
        return new JourneyEntry(
                string(item, "eventId"),
                string(item, "detailType"),
                string(item, "source"),
                string(item, "correlationId"),
                string(item, "causationId"),
                Direction.valueOf(string(item, "direction")),
                Instant.parse(string(item, "at")),
                item.containsKey("publishedAt") ? Instant.parse(string(item, "publishedAt")) : null,
                string(item, "reason"));
    }

    /** A string attribute; the types and sources of messages that broke the contract may be unknown. */
    private static AttributeValue s(String value) {
        return Attributes.s(value == null ? "" : value);
    }
}
