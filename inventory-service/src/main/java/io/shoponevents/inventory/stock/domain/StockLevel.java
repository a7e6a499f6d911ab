package io.shoponevents.inventory.stock.domain;

import java.util.Objects;

/**
 * The stock of one SKU: how many units can still be reserved, and how many are held for orders.
 *
 * @param available units that can be reserved; never below zero
 * @param reserved units held for orders that are not cancelled
 */
public record StockLevel(String sku, int available, int reserved) {

    /** Letters, digits, dashes and underscores, as in the event contract. */
    public static final String SKU_PATTERN = "^[A-Za-z0-9_-]{1,64}$";

    public static final int MAX_AVAILABLE = 1_000_000;

    public StockLevel {
        Objects.requireNonNull(sku, "sku");
        if (available < 0 || reserved < 0) {
            throw new IllegalArgumentException(
                    "stock of " + sku + " cannot be negative: available " + available + ", reserved " + reserved);
        }
    }
}
