package io.shoponevents.ordering.order.adapter.out.persistence;

import static io.shoponevents.ordering.money.adapter.out.persistence.MoneyItems.money;
import static io.shoponevents.runtime.persistence.Attributes.integer;
import static io.shoponevents.runtime.persistence.Attributes.n;
import static io.shoponevents.runtime.persistence.Attributes.s;
import static io.shoponevents.runtime.persistence.Attributes.string;

import io.shoponevents.ordering.order.domain.Order;
import io.shoponevents.ordering.order.domain.OrderLine;
import io.shoponevents.ordering.order.domain.OrderStatus;
import io.shoponevents.ordering.order.domain.ShippingAddress;
import io.shoponevents.ordering.order.domain.StatusChange;
import io.shoponevents.runtime.persistence.Attributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * An order as one item of the table: {@code pk = ORDER#<orderId>}, {@code sk = ORDER}, and in the index {@code gsi1}
 * under {@code CUSTOMER#<customerId>}, sorted by when it was placed. Lines and history are lists of maps.
 */
final class OrderItems {

    static final String CUSTOMER_PREFIX = "CUSTOMER#";
    static final String ORDER_PREFIX = "ORDER#";

    private OrderItems() {}

    static Map<String, AttributeValue> key(String orderId) {
        return Map.of("pk", s(ORDER_PREFIX + orderId), "sk", s("ORDER"));
    }

    /** Writes the order, refused if it changed since it was read. */
    static TransactWriteItem put(String table, Order order) {
        Map<String, AttributeValue> item = new HashMap<>(key(order.id()));
        item.put("gsi1pk", s(CUSTOMER_PREFIX + order.customerId()));
        item.put("gsi1sk", s(ORDER_PREFIX + order.placedAt() + "#" + order.id()));
        item.put("orderId", s(order.id()));
        item.put("cartId", s(order.cartId()));
        item.put("customerId", s(order.customerId()));
        item.put("email", s(order.email()));
        item.put("status", s(order.status().name()));
        item.put("total", money(order.total()));
        item.put("shippingAddress", address(order.shippingAddress()));
        item.put(
                "items",
                AttributeValue.fromL(order.lines().stream()
                        .map(line -> AttributeValue.fromM(Map.of(
                                "sku", s(line.sku()),
                                "quantity", n(line.quantity()),
                                "unitPrice", money(line.unitPrice()))))
                        .toList()));
        item.put(
                "history",
                AttributeValue.fromL(
                        order.history().stream().map(OrderItems::change).toList()));
        return Attributes.versionedPut(table, item, order.version());
    }

    static Order order(Map<String, AttributeValue> item) {
        return new Order(
                string(item, "orderId"),
                string(item, "cartId"),
                string(item, "customerId"),
                string(item, "email"),
                address(item.get("shippingAddress").m()),
                item.get("items").l().stream()
                        .map(AttributeValue::m)
                        .map(line -> new OrderLine(
                                string(line, "sku"), integer(line, "quantity"), money(line.get("unitPrice"))))
                        .toList(),
                item.get("history").l().stream()
                        .map(AttributeValue::m)
                        .map(OrderItems::change)
                        .toList(),
                Attributes.version(item));
    }

    private static AttributeValue address(ShippingAddress address) {
        return AttributeValue.fromM(Map.of(
                "name", s(address.name()),
                "line1", s(address.line1()),
                "city", s(address.city()),
                "postalCode", s(address.postalCode()),
                "country", s(address.country())));
    }

    private static ShippingAddress address(Map<String, AttributeValue> address) {
        return new ShippingAddress(
                string(address, "name"),
                string(address, "line1"),
                string(address, "city"),
                string(address, "postalCode"),
                string(address, "country"));
    }

    private static AttributeValue change(StatusChange change) {
        Map<String, AttributeValue> entry = new HashMap<>();
        entry.put("status", s(change.status().name()));
        entry.put("at", s(change.at().toString()));
        if (change.eventId() != null) {
            entry.put("eventId", s(change.eventId()));
            entry.put("eventType", s(change.eventType()));
        }
        if (change.reason() != null) {
            entry.put("reason", s(change.reason()));
        }
        return AttributeValue.fromM(entry);
    }

    private static StatusChange change(Map<String, AttributeValue> entry) {
        return new StatusChange(
                OrderStatus.valueOf(string(entry, "status")),
                Instant.parse(string(entry, "at")),
                string(entry, "eventId"),
                string(entry, "eventType"),
                string(entry, "reason"));
    }
}
