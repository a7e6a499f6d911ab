package io.shoponevents.inventory.adapter.in.messaging;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderLine;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.inventory.application.Cause;
import io.shoponevents.inventory.application.ReleaseStock;
import io.shoponevents.inventory.application.ReservationService;
import io.shoponevents.inventory.application.ReserveStock;
import io.shoponevents.inventory.domain.LineItem;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/** The order events the inventory follows, one handler each; idempotent on the consumed event's id. */
@Component
class OrderEventHandlers {

    private final ReservationService reservations;

    OrderEventHandlers(ReservationService reservations) {
        this.reservations = reservations;
    }

    void onOrderPlaced(OrderPlaced placed, EventEnvelope envelope) {
        reserve(placed.getOrderId(), placed.getItems(), envelope);
    }

    /** Schema version 2 of OrderPlaced names the order's lines {@code lines}; the reservation is the same. */
    void onOrderPlaced(io.shoponevents.events.data.v2.OrderPlaced placed, EventEnvelope envelope) {
        reserve(placed.getOrderId(), placed.getLines(), envelope);
    }

    private void reserve(String orderId, List<OrderLine> lines, EventEnvelope envelope) {
        try (var order = MDC.putCloseable("orderId", orderId)) {
            reservations.reserve(new ReserveStock(
                    orderId,
                    lines.stream()
                            .map(line -> new LineItem(line.getSku(), line.getQuantity()))
                            .toList(),
                    causeOf(envelope)));
        }
    }

    void onOrderCancelled(OrderCancelled cancelled, EventEnvelope envelope) {
        try (var order = MDC.putCloseable("orderId", cancelled.getOrderId())) {
            reservations.release(new ReleaseStock(cancelled.getOrderId(), causeOf(envelope)));
        }
    }

    private static Cause causeOf(EventEnvelope envelope) {
        return new Cause(envelope.eventId(), envelope.detail().metadata().traceHeader());
    }
}
