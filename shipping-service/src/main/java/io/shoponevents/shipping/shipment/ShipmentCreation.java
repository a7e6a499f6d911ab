package io.shoponevents.shipping.shipment;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.data.Address;
import io.shoponevents.events.data.OrderConfirmed;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.domain.ConcurrentChange;
import io.shoponevents.runtime.outbox.TransactionalOutbox;
import io.shoponevents.runtime.outbox.UnitOfWork;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Creates the one shipment of a confirmed order. The order's marker is written in the same transaction under the
 * condition that it does not exist yet, so a second OrderConfirmed for the order (redelivered, or with another event
 * id) creates nothing, and neither does one that arrives after the order's cancellation.
 */
@Service
class ShipmentCreation {

    private static final Logger log = LoggerFactory.getLogger(ShipmentCreation.class);

    private final ShipmentRepository shipments;
    private final ShipmentEvents events;
    private final TransactionalOutbox outbox;
    private final Clock clock;

    ShipmentCreation(ShipmentRepository shipments, ShipmentEvents events, TransactionalOutbox outbox, Clock clock) {
        this.shipments = shipments;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    void createFor(OrderConfirmed order, EventEnvelope cause) {
        var marker = shipments.findMarker(order.getOrderId());
        if (marker.isPresent()) {
            log.info(
                    "order {} needs no new shipment: {}",
                    order.getOrderId(),
                    marker.get().outcome());
            return;
        }
        Shipment shipment = Shipment.create(
                order.getOrderId(),
                order.getCustomerId(),
                order.getEmail(),
                order.getItems().stream()
                        .map(line -> new ShipmentLine(line.getSku(), line.getQuantity()))
                        .toList(),
                address(order.getShippingAddress()),
                clock.instant());
        UnitOfWork work = new UnitOfWork()
                .write(shipments.recordMarker(OrderMarker.shipmentCreated(shipment)))
                .write(shipments.insert(shipment))
                .emit(events.created(shipment, cause))
                .consumes(cause.eventId());
        try {
            if (outbox.commit(work) == CommitResult.COMMITTED) {
                log.info("created shipment {} for order {}", shipment.shipmentId(), order.getOrderId());
            }
        } catch (ConcurrentChange e) {
            log.info("order {} got a shipment or was cancelled meanwhile; no shipment created", order.getOrderId());
        }
    }

    private static ShippingAddress address(Address address) {
        return new ShippingAddress(
                address.getName(),
                address.getLine1(),
                address.getCity(),
                address.getPostalCode(),
                address.getCountry());
    }
}
