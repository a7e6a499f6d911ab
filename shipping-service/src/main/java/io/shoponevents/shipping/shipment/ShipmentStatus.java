package io.shoponevents.shipping.shipment;

/** Where a shipment is: created for a confirmed order, handed to the carrier, delivered, or cancelled with its order. */
enum ShipmentStatus {
    CREATED,
    DISPATCHED,
    DELIVERED,
    CANCELLED
}
