package io.shoponevents.ordering.order.domain;

import io.shoponevents.ordering.money.domain.Money;
import java.util.Objects;

/** One line of an order: a SKU, how many, and the unit price charged. */
public record OrderLine(String sku, int quantity, Money unitPrice) {

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
