package io.shoponevents.ordering.cart.domain;

import io.shoponevents.ordering.money.domain.Money;
import java.util.Objects;
import java.util.regex.Pattern;

/** One line of a cart: a SKU, how many, and the unit price the customer was shown. */
public record CartItem(String sku, int quantity, Money unitPrice) {

    public static final int MAX_QUANTITY = 1000;
    private static final Pattern SKU = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");

    public CartItem {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (!SKU.matcher(sku).matches()) {
            throw new IllegalArgumentException("not a SKU: " + sku);
        }
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be 1 to " + MAX_QUANTITY + ": " + quantity);
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
