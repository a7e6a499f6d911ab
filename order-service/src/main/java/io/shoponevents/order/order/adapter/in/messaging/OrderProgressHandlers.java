package io.shoponevents.order.order.adapter.in.messaging;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.data.ShipmentDelivered;
import io.shoponevents.events.data.ShipmentDispatched;
import io.shoponevents.events.data.StockReservationFailed;
import io.shoponevents.events.data.StockReserved;
import io.shoponevents.order.order.application.OrderProgressService;
import io.shoponevents.order.order.domain.CausingEvent;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/** One handler per consumed event; each moves the order it names through {@link OrderProgressService}. */
@Component
class OrderProgressHandlers {

    private final OrderProgressService progress;

    OrderProgressHandlers(OrderProgressService progress) {
        this.progress = progress;
    }

    void onStockReserved(StockReserved event, EventEnvelope envelope) {
        try (var orderId = MDC.putCloseable("orderId", event.getOrderId())) {
            progress.confirm(event.getOrderId(), causeOf(envelope));
        }
    }

    void onStockReservationFailed(StockReservationFailed event, EventEnvelope envelope) {
        try (var orderId = MDC.putCloseable("orderId", event.getOrderId())) {
            progress.reject(event.getOrderId(), event.getReason(), causeOf(envelope));
        }
    }

    void onShipmentDispatched(ShipmentDispatched event, EventEnvelope envelope) {
        try (var orderId = MDC.putCloseable("orderId", event.getOrderId())) {
            progress.ship(event.getOrderId(), causeOf(envelope));
        }
    }

    void onShipmentDelivered(ShipmentDelivered event, EventEnvelope envelope) {
        try (var orderId = MDC.putCloseable("orderId", event.getOrderId())) {
            progress.deliver(event.getOrderId(), causeOf(envelope));
        }
    }

    private static CausingEvent causeOf(EventEnvelope envelope) {
        return new CausingEvent(envelope.eventId(), envelope.detailType());
    }
}
