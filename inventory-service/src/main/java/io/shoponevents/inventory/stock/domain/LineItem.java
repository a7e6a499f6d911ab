package io.shoponevents.inventory.stock.domain;

import java.util.Objects;

/** A quantity of one SKU that an order asks for. */
public record LineItem(String sku, int quantity) {

    public LineItem {
        Objects.requireNonNull(sku, "sku");
        if (quantity < 1) {
            throw new IllegalArgumentException("the quantity of " + sku + " must be at least 1, not " + quantity);
        }
    }
}
