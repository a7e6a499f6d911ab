package io.shoponevents.shipping.shipment;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.runtime.domain.ConcurrentChange;
import io.shoponevents.runtime.outbox.TransactionalOutbox;
import io.shoponevents.runtime.outbox.UnitOfWork;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Follows an order's cancellation: a shipment that has not been dispatched is cancelled (ShipmentCancelled); an order
 * without a shipment yet gets a marker so that a late OrderConfirmed creates none; a dispatched or delivered shipment
 * stays as it is. When the order's state changes while this decides (a concurrent OrderConfirmed or dispatch), it
 * decides again on the new state.
 */
@Service
class ShipmentCancellation {

    private static final Logger log = LoggerFactory.getLogger(ShipmentCancellation.class);
    private static final int MAX_ATTEMPTS = 3;
    private static final String DEFAULT_REASON = "Order cancelled before dispatch";

    private final ShipmentRepository shipments;
    private final ShipmentEvents events;
    private final TransactionalOutbox outbox;
    private final Clock clock;

    ShipmentCancellation(ShipmentRepository shipments, ShipmentEvents events, TransactionalOutbox outbox, Clock clock) {
        this.shipments = shipments;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    void cancelFor(OrderCancelled order, EventEnvelope cause) {
        for (int attempt = 1; ; attempt++) {
            try {
                decide(order, cause);
                return;
            } catch (ConcurrentChange e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                log.info("order {} changed while cancelling its shipment; deciding again", order.getOrderId());
            }
        }
    }

    private void decide(OrderCancelled order, EventEnvelope cause) {
        OrderMarker marker = shipments.findMarker(order.getOrderId()).orElse(null);
        if (marker == null) {
            outbox.commit(new UnitOfWork()
                    .write(shipments.recordMarker(OrderMarker.cancelledBeforeShipment(order.getOrderId())))
                    .consumes(cause.eventId()));
            log.info("order {} cancelled before it had a shipment; none will be created", order.getOrderId());
            return;
        }
        if (marker.outcome() == OrderMarker.Outcome.CANCELLED_BEFORE_SHIPMENT) {
            log.info("order {} was cancelled before; nothing to do", order.getOrderId());
            return;
        }
        Shipment shipment = shipments
                .findById(marker.shipmentId())
                .orElseThrow(() -> new IllegalStateException(
                        "order " + order.getOrderId() + " names missing shipment " + marker.shipmentId()));
        if (!shipment.isCancellable()) {
            log.info(
                    "order {} cancelled but its shipment {} is {}; shipment not cancelled",
                    order.getOrderId(),
                    shipment.shipmentId(),
                    shipment.status());
            return;
        }
        Shipment cancelled = shipment.cancel(clock.instant());
        String reason = order.getReason() == null ? DEFAULT_REASON : order.getReason();
        outbox.commit(new UnitOfWork()
                .write(shipments.update(cancelled, ShipmentStatus.CREATED))
                .emit(events.cancelled(cancelled, reason, cause))
                .consumes(cause.eventId()));
        log.info("cancelled shipment {} of order {}", shipment.shipmentId(), order.getOrderId());
    }
}
