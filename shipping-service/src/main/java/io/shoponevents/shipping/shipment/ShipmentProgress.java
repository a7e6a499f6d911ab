package io.shoponevents.shipping.shipment;

import io.shoponevents.runtime.domain.NotFound;
import io.shoponevents.runtime.outbox.TransactionalOutbox;
import io.shoponevents.runtime.outbox.UnitOfWork;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

/**
 * The warehouse dispatches a shipment and the carrier delivers it. Each step is stored with its event in one
 * transaction, on the condition that the shipment still has the status the step started from: a second dispatch, or a
 * dispatch racing a cancellation, is a conflict.
 */
@Service
class ShipmentProgress {

    private static final Logger log = LoggerFactory.getLogger(ShipmentProgress.class);

    private final ShipmentRepository shipments;
    private final ShipmentEvents events;
    private final TransactionalOutbox outbox;
    private final Clock clock;

    ShipmentProgress(ShipmentRepository shipments, ShipmentEvents events, TransactionalOutbox outbox, Clock clock) {
        this.shipments = shipments;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    Shipment dispatch(String shipmentId) {
        Shipment shipment = find(shipmentId);
        try (var orderId = MDC.putCloseable("orderId", shipment.orderId())) {
            Shipment dispatched = shipment.dispatch(clock.instant());
            outbox.commit(new UnitOfWork()
                    .write(shipments.update(dispatched, ShipmentStatus.CREATED))
                    .emit(events.dispatched(dispatched)));
            log.info("dispatched shipment {}", shipmentId);
            return dispatched;
        }
    }

    Shipment deliver(String shipmentId) {
        Shipment shipment = find(shipmentId);
        try (var orderId = MDC.putCloseable("orderId", shipment.orderId())) {
            Shipment delivered = shipment.deliver(clock.instant());
            outbox.commit(new UnitOfWork()
                    .write(shipments.update(delivered, ShipmentStatus.DISPATCHED))
                    .emit(events.delivered(delivered)));
            log.info("delivered shipment {}", shipmentId);
            return delivered;
        }
    }

    private Shipment find(String shipmentId) {
        return shipments.findById(shipmentId).orElseThrow(() -> new NotFound("Shipment", shipmentId));
    }
}
