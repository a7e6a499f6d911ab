package io.shoponevents.shipping;

import io.shoponevents.events.EventJson;
import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvents;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The contract's example order events, each given its own order id and event id so that tests do not meet. */
final class OrderEvents {

    private static final JsonMapper JSON = EventJson.mapper();

    private OrderEvents() {}

    static String confirmed(String orderId, String eventId) {
        return withIds(EventType.ORDER_CONFIRMED, orderId, eventId);
    }

    static String cancelled(String orderId, String eventId) {
        return withIds(EventType.ORDER_CANCELLED, orderId, eventId);
    }

    private static String withIds(EventType type, String orderId, String eventId) {
        ObjectNode envelope = (ObjectNode) JSON.readTree(ExampleEvents.valid(type));
        ObjectNode detail = (ObjectNode) envelope.get("detail");
        ((ObjectNode) detail.get("metadata")).put("eventId", eventId).put("correlationId", orderId);
        ((ObjectNode) detail.get("data")).put("orderId", orderId);
        return JSON.writeValueAsString(envelope);
    }
}
