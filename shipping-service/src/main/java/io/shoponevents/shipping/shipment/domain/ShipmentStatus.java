package io.shoponevents.shipping.shipment.domain;

/** Where a shipment is: created for a confirmed order, handed to the carrier, delivered, or cancelled with its order. */
public enum ShipmentStatus {
    CREATED,
    DISPATCHED,
    DELIVERED,
    CANCELLED
}
