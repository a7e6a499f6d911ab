package io.shoponevents.shipping.shipment.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Shipments for tests, with sensible defaults: a CREATED shipment of two lines to one address. */
public final class ShipmentBuilder {

    public static final Instant CREATED_AT = Instant.parse("2026-11-22T10:15:40Z");
    public static final Instant DISPATCHED_AT = Instant.parse("2026-11-22T14:02:11Z");

    private String shipmentId = UUID.randomUUID().toString();
    private String orderId = "ord-" + UUID.randomUUID();
    private ShipmentStatus status = ShipmentStatus.CREATED;
    private Instant dispatchedAt;

    private ShipmentBuilder() {}

    public static ShipmentBuilder aShipment() {
        return new ShipmentBuilder();
    }

    public ShipmentBuilder withId(String shipmentId) {
        this.shipmentId = shipmentId;
        return this;
    }

    public ShipmentBuilder forOrder(String orderId) {
        this.orderId = orderId;
        return this;
    }

    public ShipmentBuilder dispatched() {
        this.status = ShipmentStatus.DISPATCHED;
        this.dispatchedAt = DISPATCHED_AT;
        return this;
    }

    public ShipmentBuilder cancelled() {
        this.status = ShipmentStatus.CANCELLED;
        return this;
    }

    public Shipment build() {
        return new Shipment(
                shipmentId,
                orderId,
                "cust-1042",
                "ada@example.com",
                status,
                List.of(new ShipmentLine("MUG-BLUE", 2), new ShipmentLine("TEE-M-BLACK", 1)),
                new ShippingAddress("Ada Lovelace", "12 Analytical Row", "London", "N1 9GU", "GB"),
                new Timeline(
                        CREATED_AT,
                        dispatchedAt,
                        null,
                        status == ShipmentStatus.CANCELLED ? CREATED_AT.plusSeconds(60) : null));
    }
}
