package io.shoponevents.shipping.shipment.adapter.out.persistence;

import static io.shoponevents.runtime.persistence.Attributes.integer;
import static io.shoponevents.runtime.persistence.Attributes.n;
import static io.shoponevents.runtime.persistence.Attributes.s;
import static io.shoponevents.runtime.persistence.Attributes.string;

import io.shoponevents.shipping.shipment.domain.OrderMarker;
import io.shoponevents.shipping.shipment.domain.Shipment;
import io.shoponevents.shipping.shipment.domain.ShipmentLine;
import io.shoponevents.shipping.shipment.domain.ShipmentStatus;
import io.shoponevents.shipping.shipment.domain.ShippingAddress;
import io.shoponevents.shipping.shipment.domain.Timeline;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How shipments and order markers are stored in the shipping table. A shipment is {@code SHIPMENT#<id>} and is found
 * by order through {@code gsi1} ({@code ORDER#<orderId>}); an order's marker is {@code ORDER#<orderId>}.
 */
final class ShipmentItems {

    private static final String SHIPMENT_SK = "SHIPMENT";
    private static final String MARKER_SK = "ORDER";

    private ShipmentItems() {}

    static Map<String, AttributeValue> shipmentKey(String shipmentId) {
        return Map.of("pk", s("SHIPMENT#" + shipmentId), "sk", s(SHIPMENT_SK));
    }

    static AttributeValue orderIndexKey(String orderId) {
        return s("ORDER#" + orderId);
    }

    static Map<String, AttributeValue> markerKey(String orderId) {
        return Map.of("pk", s("ORDER#" + orderId), "sk", s(MARKER_SK));
    }

    static Map<String, AttributeValue> toItem(Shipment shipment) {
        Map<String, AttributeValue> item = new HashMap<>(shipmentKey(shipment.shipmentId()));
        item.put("gsi1pk", orderIndexKey(shipment.orderId()));
        item.put("gsi1sk", s("SHIPMENT#" + shipment.shipmentId()));
        item.put("shipmentId", s(shipment.shipmentId()));
        item.put("orderId", s(shipment.orderId()));
        item.put("customerId", s(shipment.customerId()));
        item.put("email", s(shipment.email()));
        item.put("status", s(shipment.status().name()));
        item.put(
                "items",
                AttributeValue.fromL(shipment.items().stream()
                        .map(line -> AttributeValue.fromM(Map.of("sku", s(line.sku()), "quantity", n(line.quantity()))))
                        .toList()));
        ShippingAddress address = shipment.shippingAddress();
        item.put(
                "shippingAddress",
                AttributeValue.fromM(Map.of(
                        "name", s(address.name()),
                        "line1", s(address.line1()),
                        "city", s(address.city()),
                        "postalCode", s(address.postalCode()),
                        "country", s(address.country()))));
        Timeline timeline = shipment.timeline();
        item.put("createdAt", s(timeline.createdAt().toString()));
        putInstant(item, "dispatchedAt", timeline.dispatchedAt());
        putInstant(item, "deliveredAt", timeline.deliveredAt());
        putInstant(item, "cancelledAt", timeline.cancelledAt());
        return item;
    }

    static Shipment toShipment(Map<String, AttributeValue> item) {
        List<ShipmentLine> lines = item.get("items").l().stream()
                .map(line -> new ShipmentLine(string(line.m(), "sku"), integer(line.m(), "quantity")))
                .toList();
        Map<String, AttributeValue> address = item.get("shippingAddress").m();
        return new Shipment(
                string(item, "shipmentId"),
                string(item, "orderId"),
                string(item, "customerId"),
                string(item, "email"),
                ShipmentStatus.valueOf(string(item, "status")),
                lines,
                new ShippingAddress(
                        string(address, "name"),
                        string(address, "line1"),
                        string(address, "city"),
                        string(address, "postalCode"),
                        string(address, "country")),
                new Timeline(
                        Instant.parse(string(item, "createdAt")),
                        instant(item, "dispatchedAt"),
                        instant(item, "deliveredAt"),
                        instant(item, "cancelledAt")));
    }

    static Map<String, AttributeValue> toItem(OrderMarker marker) {
        Map<String, AttributeValue> item = new HashMap<>(markerKey(marker.orderId()));
        item.put("orderId", s(marker.orderId()));
        item.put("outcome", s(marker.outcome().name()));
        if (marker.shipmentId() != null) {
            item.put("shipmentId", s(marker.shipmentId()));
        }
        return item;
    }

    static OrderMarker toMarker(Map<String, AttributeValue> item) {
        return new OrderMarker(
                string(item, "orderId"),
                OrderMarker.Outcome.valueOf(string(item, "outcome")),
                string(item, "shipmentId"));
    }

    private static void putInstant(Map<String, AttributeValue> item, String name, Instant value) {
        if (value != null) {
            item.put(name, s(value.toString()));
        }
    }

    private static Instant instant(Map<String, AttributeValue> item, String name) {
        String value = string(item, name);
        return value == null ? null : Instant.parse(value);
    }
}
