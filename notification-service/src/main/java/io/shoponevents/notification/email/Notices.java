package io.shoponevents.notification.email;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderConfirmed;
import io.shoponevents.events.data.OrderRejected;
import io.shoponevents.events.data.ShipmentDelivered;
import io.shoponevents.events.data.ShipmentDispatched;
import java.util.Map;

/** Maps each customer-facing event to the notice it calls for. */
final class Notices {

    private static final String NO_REASON = "none given";

    private Notices() {}

    static Notice orderConfirmed(OrderConfirmed order, EventEnvelope envelope) {
        return notice(
                envelope,
                order.getOrderId(),
                order.getCustomerId(),
                order.getEmail(),
                EmailTemplate.ORDER_CONFIRMED,
                Map.of(
                        "orderId", order.getOrderId(),
                        "items", TextFormat.lines(order.getItems()),
                        "total", TextFormat.money(order.getTotal()),
                        "shippingAddress", TextFormat.address(order.getShippingAddress())));
    }

    static Notice orderRejected(OrderRejected order, EventEnvelope envelope) {
        return notice(
                envelope,
                order.getOrderId(),
                order.getCustomerId(),
                order.getEmail(),
                EmailTemplate.ORDER_REJECTED,
                Map.of("orderId", order.getOrderId(), "reason", order.getReason()));
    }

    static Notice orderCancelled(OrderCancelled order, EventEnvelope envelope) {
        String reason = order.getReason() == null ? NO_REASON : order.getReason();
        return notice(
                envelope,
                order.getOrderId(),
                order.getCustomerId(),
                order.getEmail(),
                EmailTemplate.ORDER_CANCELLED,
                Map.of("orderId", order.getOrderId(), "reason", reason));
    }

    static Notice shipmentDispatched(ShipmentDispatched shipment, EventEnvelope envelope) {
        return notice(
                envelope,
                shipment.getOrderId(),
                shipment.getCustomerId(),
                shipment.getEmail(),
                EmailTemplate.SHIPMENT_DISPATCHED,
                Map.of(
                        "orderId", shipment.getOrderId(),
                        "shipmentId", shipment.getShipmentId(),
                        "dispatchedAt", TextFormat.instant(shipment.getDispatchedAt())));
    }

    static Notice shipmentDelivered(ShipmentDelivered shipment, EventEnvelope envelope) {
        return notice(
                envelope,
                shipment.getOrderId(),
                shipment.getCustomerId(),
                shipment.getEmail(),
                EmailTemplate.SHIPMENT_DELIVERED,
                Map.of(
                        "orderId", shipment.getOrderId(),
                        "shipmentId", shipment.getShipmentId(),
                        "deliveredAt", TextFormat.instant(shipment.getDeliveredAt())));
    }

    private static Notice notice(
            EventEnvelope envelope,
            String orderId,
            String customerId,
            String recipient,
            EmailTemplate template,
            Map<String, String> fields) {
        return new Notice(envelope.eventId(), envelope.detailType(), orderId, customerId, recipient, template, fields);
    }
}
