package io.shoponevents.shipping.shipment.domain;

import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.RuleViolation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The shipment of one confirmed order. It moves CREATED -> DISPATCHED -> DELIVERED; only a CREATED shipment can be
 * cancelled. A transition from any other status is a rule violation. Every change returns the fact it makes true.
 */
public record Shipment(
        String shipmentId,
        String orderId,
        String customerId,
        String email,
        ShipmentStatus status,
        List<ShipmentLine> items,
        ShippingAddress shippingAddress,
        Timeline timeline) {

    public Shipment {
        items = List.copyOf(items);
    }

    public static ShipmentChange.Created create(
            String orderId,
            String customerId,
            String email,
            List<ShipmentLine> items,
            ShippingAddress shippingAddress,
            Instant now,
            CausingEvent cause) {
        String shipmentId = UUID.randomUUID().toString();
        Shipment shipment = new Shipment(
                shipmentId,
                orderId,
                customerId,
                email,
                ShipmentStatus.CREATED,
                items,
                shippingAddress,
                Timeline.startingAt(now));
        return new ShipmentChange.Created(shipment, cause);
    }

    /** The order was cancelled before it had a shipment: it will get none. */
    public static ShipmentChange.CancelledBeforeCreation cancelBeforeCreation(String orderId, CausingEvent cause) {
        return new ShipmentChange.CancelledBeforeCreation(orderId, cause);
    }

    public ShipmentChange.Dispatched dispatch(Instant now) {
        requireStatus(ShipmentStatus.CREATED, "dispatched");
        return new ShipmentChange.Dispatched(moveTo(ShipmentStatus.DISPATCHED, timeline.dispatched(now)));
    }

    public ShipmentChange.Delivered deliver(Instant now) {
        requireStatus(ShipmentStatus.DISPATCHED, "delivered");
        return new ShipmentChange.Delivered(moveTo(ShipmentStatus.DELIVERED, timeline.delivered(now)));
    }

    /** Only a shipment that has not left the warehouse can be cancelled. */
    public boolean isCancellable() {
        return status == ShipmentStatus.CREATED;
    }

    public ShipmentChange.Cancelled cancel(Instant now, String reason, CausingEvent cause) {
        requireStatus(ShipmentStatus.CREATED, "cancelled");
        return new ShipmentChange.Cancelled(moveTo(ShipmentStatus.CANCELLED, timeline.cancelled(now)), reason, cause);
    }

    private void requireStatus(ShipmentStatus required, String action) {
        if (status != required) {
            throw new RuleViolation(
                    "Shipment " + shipmentId + " is " + status + "; only a " + required + " shipment can be " + action);
        }
    }

    private Shipment moveTo(ShipmentStatus next, Timeline after) {
        return new Shipment(shipmentId, orderId, customerId, email, next, items, shippingAddress, after);
    }
}
