package io.shoponevents.runtime.tracing;

import com.amazonaws.xray.entities.Entity;
import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a trace is searched by, taken from an event: its type and id, and the order or cart it is about. Annotated on
 * the segments that consume an event and the subsegments that publish one, so a trace can be found by order id.
 */
record EventFacts(
        String eventType, String eventId, String correlationId, String orderId, String cartId, String traceHeader) {

    private static final JsonMapper JSON = EventJson.mapper();
    private static final EventFacts NONE = new EventFacts(null, null, null, null, null, null);

    static EventFacts of(EventEnvelope envelope) {
        var metadata = envelope.detail().metadata();
        JsonNode data = envelope.detail().data();
        return new EventFacts(
                envelope.detailType(),
                metadata.eventId(),
                metadata.correlationId(),
                text(data == null ? null : data.path("orderId")),
                text(data == null ? null : data.path("cartId")),
                metadata.traceHeader());
    }

    /** Reads what it can of a queue message; poison yields no facts rather than an error. */
    static EventFacts read(String messageBody) {
        try {
            JsonNode envelope = JSON.readTree(messageBody);
            JsonNode metadata = envelope.path("detail").path("metadata");
            JsonNode data = envelope.path("detail").path("data");
            return new EventFacts(
                    text(envelope.path("detail-type")),
                    text(metadata.path("eventId")),
                    text(metadata.path("correlationId")),
                    text(data.path("orderId")),
                    text(data.path("cartId")),
                    text(metadata.path("traceHeader")));
        } catch (RuntimeException notJson) {
            return NONE;
        }
    }

    void annotate(Entity entity) {
        put(entity, "eventType", eventType);
        put(entity, "eventId", eventId);
        put(entity, "correlationId", correlationId);
        put(entity, "orderId", orderId);
        put(entity, "cartId", cartId);
    }

    /** Marks the segment with the order or cart it worked on, keeping what it was marked with first. */
    void annotateSubject(Entity segment) {
        if (!segment.getAnnotations().containsKey("orderId")) {
            put(segment, "orderId", orderId);
        }
        if (!segment.getAnnotations().containsKey("cartId")) {
            put(segment, "cartId", cartId);
        }
    }

    private static void put(Entity entity, String key, String value) {
        if (value != null) {
            entity.putAnnotation(key, value);
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }
}
