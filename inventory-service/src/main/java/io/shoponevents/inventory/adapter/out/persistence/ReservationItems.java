package io.shoponevents.inventory.adapter.out.persistence;

import static io.shoponevents.inventory.adapter.out.persistence.InventoryItems.intOf;
import static io.shoponevents.inventory.adapter.out.persistence.InventoryItems.n;
import static io.shoponevents.inventory.adapter.out.persistence.InventoryItems.s;

import io.shoponevents.inventory.domain.LineItem;
import io.shoponevents.inventory.domain.Reservation;
import io.shoponevents.inventory.domain.ReservationStatus;
import io.shoponevents.inventory.domain.Shortage;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A reservation as an item of the inventory table, and back. */
final class ReservationItems {

    private ReservationItems() {}

    static Map<String, AttributeValue> toItem(Reservation reservation, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(InventoryItems.reservationKey(reservation.orderId()));
        item.put("orderId", s(reservation.orderId()));
        item.put("status", s(reservation.status().name()));
        item.put(
                "lines",
                AttributeValue.fromL(reservation.lines().stream()
                        .map(line -> AttributeValue.fromM(Map.of("sku", s(line.sku()), "quantity", n(line.quantity()))))
                        .toList()));
        if (reservation.reason() != null) {
            item.put("reason", s(reservation.reason()));
        }
        if (!reservation.shortages().isEmpty()) {
            item.put(
                    "shortages",
                    AttributeValue.fromL(reservation.shortages().stream()
                            .map(shortage -> AttributeValue.fromM(Map.of(
                                    "sku", s(shortage.sku()),
                                    "requested", n(shortage.requested()),
                                    "available", n(shortage.available()))))
                            .toList()));
        }
        item.put("updatedAt", s(now.toString()));
        return item;
    }

    static Reservation fromItem(Map<String, AttributeValue> item) {
        List<LineItem> lines = listOf(item, "lines").stream()
                .map(line -> new LineItem(line.get("sku").s(), intOf(line, "quantity")))
                .toList();
        List<Shortage> shortages = listOf(item, "shortages").stream()
                .map(shortage -> new Shortage(
                        shortage.get("sku").s(), intOf(shortage, "requested"), intOf(shortage, "available")))
                .toList();
        AttributeValue reason = item.get("reason");
        return new Reservation(
                item.get("orderId").s(),
                ReservationStatus.valueOf(item.get("status").s()),
                lines,
                reason == null ? null : reason.s(),
                shortages);
    }

    private static List<Map<String, AttributeValue>> listOf(Map<String, AttributeValue> item, String name) {
        AttributeValue list = item.get(name);
        return list == null
                ? List.of()
                : list.l().stream().map(AttributeValue::m).toList();
    }
}
