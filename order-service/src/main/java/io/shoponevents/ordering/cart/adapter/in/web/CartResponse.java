package io.shoponevents.ordering.cart.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shoponevents.ordering.cart.domain.Cart;
import io.shoponevents.ordering.cart.domain.CartItem;
import io.shoponevents.ordering.cart.domain.CartStatus;
import io.shoponevents.ordering.money.adapter.in.web.MoneyJson;
import java.time.Instant;
import java.util.List;

/**
 * A cart as the API shows it; {@code total} appears once the cart holds an item, {@code orderId} once checked out, and
 * {@code email} where the customer gave one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CartResponse(
        String cartId,
        String customerId,
        String email,
        CartStatus status,
        List<Line> items,
        MoneyJson total,
        String orderId,
        Instant createdAt) {

    record Line(String sku, int quantity, MoneyJson unitPrice, MoneyJson lineTotal) {

        static Line of(CartItem item) {
            return new Line(
                    item.sku(), item.quantity(), MoneyJson.of(item.unitPrice()), MoneyJson.of(item.lineTotal()));
        }
    }

    static CartResponse of(Cart cart) {
        return new CartResponse(
                cart.id(),
                cart.customerId(),
                cart.email().orElse(null),
                cart.status(),
                cart.items().stream().map(Line::of).toList(),
                cart.total().map(MoneyJson::of).orElse(null),
                cart.orderId().orElse(null),
                cart.createdAt());
    }
}
