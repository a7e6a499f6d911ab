package io.shoponevents.shipping.shipment.adapter.in.web;

import io.shoponevents.shipping.shipment.domain.Shipment;
import io.shoponevents.shipping.shipment.domain.ShipmentLine;
import io.shoponevents.shipping.shipment.domain.ShipmentStatus;
import io.shoponevents.shipping.shipment.domain.ShippingAddress;
import io.shoponevents.shipping.shipment.domain.Timeline;
import java.time.Instant;
import java.util.List;

/** A shipment as the REST API shows it. */
record ShipmentResponse(
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

    static ShipmentResponse of(Shipment shipment) {
        Timeline timeline = shipment.timeline();
        return new ShipmentResponse(
                shipment.shipmentId(),
                shipment.orderId(),
                shipment.customerId(),
                shipment.status(),
                shipment.items(),
                shipment.shippingAddress(),
                timeline.createdAt(),
                timeline.dispatchedAt(),
                timeline.deliveredAt(),
                timeline.cancelledAt());
    }
}
