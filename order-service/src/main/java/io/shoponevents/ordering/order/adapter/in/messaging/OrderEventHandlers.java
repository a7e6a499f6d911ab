package io.shoponevents.ordering.order.adapter.in.messaging;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.data.ShipmentDelivered;
import io.shoponevents.events.data.ShipmentDispatched;
import io.shoponevents.events.data.StockReservationFailed;
import io.shoponevents.events.data.StockReserved;
import io.shoponevents.ordering.order.application.OrderProgressService;
import io.shoponevents.runtime.consume.CausingEvents;
import org.springframework.stereotype.Component;

/** One handler per consumed event; each moves the order it names through {@link OrderProgressService}. */
@Component
class OrderEventHandlers {

    private final OrderProgressService progress;

    OrderEventHandlers(OrderProgressService progress) {
        this.progress = progress;
    }

    void onStockReserved(StockReserved event, EventEnvelope envelope) {
        progress.confirm(event.getOrderId(), CausingEvents.of(envelope));
    }

    void onStockReservationFailed(StockReservationFailed event, EventEnvelope envelope) {
        progress.reject(event.getOrderId(), event.getReason(), CausingEvents.of(envelope));
    }

    void onShipmentDispatched(ShipmentDispatched event, EventEnvelope envelope) {
        progress.ship(event.getOrderId(), CausingEvents.of(envelope));
    }

    void onShipmentDelivered(ShipmentDelivered event, EventEnvelope envelope) {
        progress.deliver(event.getOrderId(), CausingEvents.of(envelope));
    }
}
