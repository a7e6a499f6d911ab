package io.shoponevents.shipping.shipment;

import io.shoponevents.runtime.domain.RuleViolation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The shipment of one confirmed order. It moves CREATED -> DISPATCHED -> DELIVERED; only a CREATED shipment can be
 * cancelled. A transition from any other status is a conflict.
 */
record Shipment(
        String shipmentId,
        String orderId,
        String customerId,
        String email,
        ShipmentStatus status,
        List<ShipmentLine> items,
        ShippingAddress shippingAddress,
        Instant createdAt,
        Instant dispatchedAt,
        Instant deliveredAt,
        Instant cancelledAt) {

    Shipment {
        items = List.copyOf(items);
    }

    static Shipment create(
            String orderId,
            String customerId,
            String email,
            List<ShipmentLine> items,
            ShippingAddress shippingAddress,
            Instant now) {
        String shipmentId = UUID.randomUUID().toString();
        return new Shipment(
                shipmentId,
                orderId,
                customerId,
                email,
                ShipmentStatus.CREATED,
                items,
                shippingAddress,
                now,
                null,
                null,
                null);
    }

    Shipment dispatch(Instant now) {
        requireStatus(ShipmentStatus.CREATED, "dispatched");
        return moveTo(ShipmentStatus.DISPATCHED, now, null, null);
    }

    Shipment deliver(Instant now) {
        requireStatus(ShipmentStatus.DISPATCHED, "delivered");
        return moveTo(ShipmentStatus.DELIVERED, dispatchedAt, now, null);
    }

    /** Only a shipment that has not left the warehouse can be cancelled. */
    boolean isCancellable() {
        return status == ShipmentStatus.CREATED;
    }

    Shipment cancel(Instant now) {
        requireStatus(ShipmentStatus.CREATED, "cancelled");
        return moveTo(ShipmentStatus.CANCELLED, null, null, now);
    }

    private void requireStatus(ShipmentStatus required, String action) {
        if (status != required) {
            throw new RuleViolation(
                    "Shipment " + shipmentId + " is " + status + "; only a " + required + " shipment can be " + action);
        }
    }

    private Shipment moveTo(ShipmentStatus next, Instant dispatched, Instant delivered, Instant cancelled) {
        return new Shipment(
                shipmentId,
                orderId,
                customerId,
                email,
                next,
                items,
                shippingAddress,
                createdAt,
                dispatched,
                delivered,
                cancelled);
    }
}
