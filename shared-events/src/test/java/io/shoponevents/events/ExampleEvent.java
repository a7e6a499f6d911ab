package io.shoponevents.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract's example of one event type under a fresh event id, with whatever metadata and {@code data} fields a
 * test sets, so that tests sharing an endpoint do not meet:
 *
 * <pre>{@code
 * String confirmed = ExampleEvent.of(EventType.ORDER_CONFIRMED).aboutOrder(orderId).json();
 * }</pre>
 *
 * <p>Immutable. The event id is drawn once, by {@link #of}, and every copy keeps it: {@link #json()} called twice is
 * one event delivered twice. The top-level {@code id} is the event id, as a producer writes it; the rest of the
 * envelope is the example's.
 */
public final class ExampleEvent {

    private static final JsonMapper JSON = EventJson.mapper();

    private final EventType type;
    private final int schemaVersion;
    private final Map<String, String> metadata;
    private final Map<String, JsonNode> data;

    private ExampleEvent(EventType type, int schemaVersion, Map<String, String> metadata, Map<String, JsonNode> data) {
        this.type = type;
        this.schemaVersion = schemaVersion;
        this.metadata = metadata;
        this.data = data;
    }

    /** The example of {@code type} under a new random event id. */
    public static ExampleEvent of(EventType type) {
        return of(type, EventType.SCHEMA_VERSION);
    }

    /** The example of {@code type} in schema version {@code schemaVersion}, under a new random event id. */
    public static ExampleEvent of(EventType type, int schemaVersion) {
        ExampleEvents.valid(type, schemaVersion);
        return new ExampleEvent(
                type, schemaVersion, Map.of("eventId", UUID.randomUUID().toString()), Map.of());
    }

    public ExampleEvent eventId(String eventId) {
        return withMetadata("eventId", eventId);
    }

    public ExampleEvent correlationId(String correlationId) {
        return withMetadata("correlationId", correlationId);
    }

    public ExampleEvent causationId(String causationId) {
        return withMetadata("causationId", causationId);
    }

    /** About the order {@code orderId}: its {@code data.orderId} and its correlation id, as order-service sets both. */
    public ExampleEvent aboutOrder(String orderId) {
        return correlationId(orderId).data("orderId", orderId);
    }

    /**
     * Replaces the top-level field {@code field} of {@code detail.data}, or adds it, with {@code value} as Jackson
     * writes it: a string, a number, a map, a list or a generated event type. Nothing checks it against the schema.
     */
    public ExampleEvent data(String field, Object value) {
        Map<String, JsonNode> replaced = new LinkedHashMap<>(data);
        replaced.put(Objects.requireNonNull(field, "field"), JSON.valueToTree(value));
        return new ExampleEvent(type, schemaVersion, metadata, replaced);
    }

    public String eventId() {
        return metadata.get("eventId");
    }

    /** The envelope as a queue delivers it. */
    public String json() {
        ObjectNode envelope = (ObjectNode) JSON.readTree(ExampleEvents.valid(type, schemaVersion));
        envelope.put("id", eventId());
        ObjectNode metadataNode = (ObjectNode) envelope.get("detail").get("metadata");
        ObjectNode dataNode = (ObjectNode) envelope.get("detail").get("data");
        metadata.forEach(metadataNode::put);
        dataNode.setAll(data);
        return JSON.writeValueAsString(envelope);
    }

    /** The envelope as a consumer reads it. */
    public EventEnvelope envelope() {
        return JSON.readValue(json(), EventEnvelope.class);
    }

    private ExampleEvent withMetadata(String field, String value) {
        Map<String, String> replaced = new LinkedHashMap<>(metadata);
        replaced.put(field, Objects.requireNonNull(value, field));
        return new ExampleEvent(type, schemaVersion, replaced, data);
    }
}
