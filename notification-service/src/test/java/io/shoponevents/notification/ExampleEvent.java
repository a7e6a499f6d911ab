package io.shoponevents.notification;

import io.shoponevents.events.EventJson;
import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvents;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The contract's example of an order or shipment event, given its own order id and event id so tests do not meet. */
final class ExampleEvent {

    private static final JsonMapper JSON = EventJson.mapper();

    private ExampleEvent() {}

    static String of(EventType type, String orderId, String eventId) {
        ObjectNode envelope = (ObjectNode) JSON.readTree(ExampleEvents.valid(type));
        ObjectNode detail = (ObjectNode) envelope.get("detail");
        ((ObjectNode) detail.get("metadata")).put("eventId", eventId).put("correlationId", orderId);
        ((ObjectNode) detail.get("data")).put("orderId", orderId);
        return JSON.writeValueAsString(envelope);
    }
}
