package io.shoponevents.inventory.stock.adapter.in.messaging;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderLine;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.inventory.stock.application.ReleaseStock;
import io.shoponevents.inventory.stock.application.ReservationService;
import io.shoponevents.inventory.stock.application.ReserveStock;
import io.shoponevents.inventory.stock.domain.LineItem;
import io.shoponevents.runtime.consume.CausingEvents;
import java.util.List;
import org.springframework.stereotype.Component;

/** The order events the inventory follows, one handler each; idempotent on the consumed event's id. */
@Component
class StockEventHandlers {

    private final ReservationService reservations;

    StockEventHandlers(ReservationService reservations) {
        this.reservations = reservations;
    }

    void onOrderPlaced(OrderPlaced placed, EventEnvelope envelope) {
        reservations.reserve(
                new ReserveStock(placed.getOrderId(), lineItems(placed.getItems()), CausingEvents.of(envelope)));
    }

    /** Schema version 2 of OrderPlaced names the order's lines {@code lines}; the reservation is the same. */
    void onOrderPlaced(io.shoponevents.events.data.v2.OrderPlaced placed, EventEnvelope envelope) {
        reservations.reserve(
                new ReserveStock(placed.getOrderId(), lineItems(placed.getLines()), CausingEvents.of(envelope)));
    }

    void onOrderCancelled(OrderCancelled cancelled, EventEnvelope envelope) {
        reservations.release(new ReleaseStock(cancelled.getOrderId(), CausingEvents.of(envelope)));
    }

    private static List<LineItem> lineItems(List<OrderLine> lines) {
        return lines.stream()
                .map(line -> new LineItem(line.getSku(), line.getQuantity()))
                .toList();
    }
}
