package io.shoponevents.shipping.shipment;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderConfirmed;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/** One thin handler per order event shipping follows, each calling one use case. */
@Component
class OrderEventHandlers {

    private final ShipmentCreation creation;
    private final ShipmentCancellation cancellation;

    OrderEventHandlers(ShipmentCreation creation, ShipmentCancellation cancellation) {
        this.creation = creation;
        this.cancellation = cancellation;
    }

    void onOrderConfirmed(OrderConfirmed order, EventEnvelope envelope) {
        try (var orderId = MDC.putCloseable("orderId", order.getOrderId())) {
            creation.createFor(order, envelope);
        }
    }

    void onOrderCancelled(OrderCancelled order, EventEnvelope envelope) {
        try (var orderId = MDC.putCloseable("orderId", order.getOrderId())) {
            cancellation.cancelFor(order, envelope);
        }
    }
}
