package io.shoponevents.shipping.shipment;

import java.time.Instant;
import java.util.List;

/** A shipment as the REST API shows it. */
record ShipmentView(
        String shipmentId,
        String orderId,
        String customerId,
        ShipmentStatus status,
        List<ShipmentLine> items,
        ShippingAddress shippingAddress,
        Instant createdAt,
        Instant dispatchedAt,
        Instant deliveredAt,
        Instant cancelledAt) {

    static ShipmentView of(Shipment shipment) {
        return new ShipmentView(
                shipment.shipmentId(),
                shipment.orderId(),
                shipment.customerId(),
                shipment.status(),
                shipment.items(),
                shipment.shippingAddress(),
                shipment.createdAt(),
                shipment.dispatchedAt(),
                shipment.deliveredAt(),
                shipment.cancelledAt());
    }
}
