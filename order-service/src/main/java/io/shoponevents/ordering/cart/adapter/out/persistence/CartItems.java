package io.shoponevents.ordering.cart.adapter.out.persistence;

import static io.shoponevents.ordering.money.adapter.out.persistence.MoneyItems.money;
import static io.shoponevents.runtime.persistence.Attributes.integer;
import static io.shoponevents.runtime.persistence.Attributes.n;
import static io.shoponevents.runtime.persistence.Attributes.s;
import static io.shoponevents.runtime.persistence.Attributes.string;

import io.shoponevents.ordering.cart.domain.Cart;
import io.shoponevents.ordering.cart.domain.CartItem;
import io.shoponevents.ordering.cart.domain.CartStatus;
import io.shoponevents.runtime.persistence.Attributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A cart as one item of the table: {@code pk = CART#<cartId>}, {@code sk = CART}, its lines as a list of maps. Public
 * because checkout writes the checked-out cart in the transaction that places the order.
 */
public final class CartItems {

    private CartItems() {}

    static Map<String, AttributeValue> key(String cartId) {
        return Map.of("pk", s("CART#" + cartId), "sk", s("CART"));
    }

    /** Writes the cart, refused if it changed since it was read. */
    public static TransactWriteItem put(String table, Cart cart) {
        Map<String, AttributeValue> item = new HashMap<>(key(cart.id()));
        item.put("cartId", s(cart.id()));
        item.put("customerId", s(cart.customerId()));
        cart.email().ifPresent(email -> item.put("email", s(email)));
        item.put("status", s(cart.status().name()));
        item.put("createdAt", s(cart.createdAt().toString()));
        item.put(
                "items",
                AttributeValue.fromL(cart.items().stream()
                        .map(line -> AttributeValue.fromM(Map.of(
                                "sku", s(line.sku()),
                                "quantity", n(line.quantity()),
                                "unitPrice", money(line.unitPrice()))))
                        .toList()));
        cart.orderId().ifPresent(orderId -> item.put("orderId", s(orderId)));
        return Attributes.versionedPut(table, item, cart.version());
    }

    static Cart cart(Map<String, AttributeValue> item) {
        return new Cart(
                string(item, "cartId"),
                string(item, "customerId"),
                string(item, "email"),
                CartStatus.valueOf(string(item, "status")),
                item.get("items").l().stream()
                        .map(AttributeValue::m)
                        .map(line -> new CartItem(
                                string(line, "sku"), integer(line, "quantity"), money(line.get("unitPrice"))))
                        .toList(),
                string(item, "orderId"),
                Instant.parse(string(item, "createdAt")),
                Attributes.version(item));
    }
}
