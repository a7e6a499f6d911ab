package io.shoponevents.ordering.cart.domain;

import io.shoponevents.ordering.money.domain.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test data: an open, stored, empty cart of customer cust-1042 without an email unless told otherwise. */
public final class CartBuilder {

    private String id = "cart-" + UUID.randomUUID();
    private String customerId = "cust-1042";
    private String email;
    private final List<CartItem> items = new ArrayList<>();
    private String orderId;

    private CartBuilder() {}

    public static CartBuilder aCart() {
        return new CartBuilder();
    }

    public CartBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public CartBuilder ofCustomer(String customerId) {
        this.customerId = customerId;
        return this;
    }

    public CartBuilder withEmail(String email) {
        this.email = email;
        return this;
    }

    public CartBuilder withItem(String sku, int quantity, String amount) {
        return withItem(sku, quantity, amount, "EUR");
    }

    public CartBuilder withItem(String sku, int quantity, String amount, String currency) {
        items.add(new CartItem(sku, quantity, Money.of(amount, currency)));
        return this;
    }

    /** The cart of the examples: 2 x MUG-BLUE at 12.50 and 1 x TEE-M-BLACK at 24.00 EUR, 49.00 in all. */
    public CartBuilder withTheExampleItems() {
        return withItem("MUG-BLUE", 2, "12.50").withItem("TEE-M-BLACK", 1, "24.00");
    }

    public CartBuilder checkedOutAs(String orderId) {
        this.orderId = orderId;
        return this;
    }

    public Cart build() {
        CartStatus status = orderId == null ? CartStatus.OPEN : CartStatus.CHECKED_OUT;
        return new Cart(id, customerId, email, status, items, orderId, Instant.parse("2026-11-22T10:00:00Z"), 1);
    }
}
