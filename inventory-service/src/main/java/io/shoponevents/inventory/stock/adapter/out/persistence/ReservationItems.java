package io.shoponevents.inventory.stock.adapter.out.persistence;

import static io.shoponevents.runtime.persistence.Attributes.integer;
import static io.shoponevents.runtime.persistence.Attributes.n;
import static io.shoponevents.runtime.persistence.Attributes.s;
import static io.shoponevents.runtime.persistence.Attributes.string;

import io.shoponevents.inventory.stock.domain.LineItem;
import io.shoponevents.inventory.stock.domain.Reservation;
import io.shoponevents.inventory.stock.domain.ReservationStatus;
import io.shoponevents.inventory.stock.domain.Shortage;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A reservation as an item of the inventory table, {@code RESERVATION#<orderId>}, and back. The outbox and inbox keep
 * their own {@code OUTBOX#} and {@code INBOX#} items in the same table.
 */
final class ReservationItems {

    private final String tableName;

    ReservationItems(String tableName) {
        this.tableName = tableName;
    }

    static Map<String, AttributeValue> key(String orderId) {
        return Map.of("pk", s("RESERVATION#" + orderId), "sk", s("RESERVATION"));
    }

    /** Puts the reservation of an order that has none yet. */
    TransactWriteItem putNew(Reservation reservation, Instant now) {
        return TransactWriteItem.builder()
                .put(put -> put.tableName(tableName)
                        .item(toItem(reservation, now))
                        .conditionExpression("attribute_not_exists(pk)"))
                .build();
    }

    /** Replaces a reservation that holds stock, and only such a one. */
    TransactWriteItem replaceHeld(Reservation reservation, Instant now) {
        return TransactWriteItem.builder()
                .put(put -> put.tableName(tableName)
                        .item(toItem(reservation, now))
                        .conditionExpression("#status = :reserved")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":reserved", s(ReservationStatus.RESERVED.name()))))
                .build();
    }

    static Map<String, AttributeValue> toItem(Reservation reservation, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(key(reservation.orderId()));
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
                .map(line -> new LineItem(line.get("sku").s(), integer(line, "quantity")))
                .toList();
        List<Shortage> shortages = listOf(item, "shortages").stream()
                .map(shortage -> new Shortage(
                        shortage.get("sku").s(), integer(shortage, "requested"), integer(shortage, "available")))
                .toList();
        return new Reservation(
                item.get("orderId").s(),
                ReservationStatus.valueOf(item.get("status").s()),
                lines,
                string(item, "reason"),
                shortages);
    }

    private static List<Map<String, AttributeValue>> listOf(Map<String, AttributeValue> item, String name) {
        AttributeValue list = item.get(name);
        return list == null
                ? List.of()
                : list.l().stream().map(AttributeValue::m).toList();
    }
}
