package io.shoponevents.inventory.stock.domain;

import java.util.Objects;

/** A SKU that could not be reserved: how many units were asked for and how many were available. */
public record Shortage(String sku, int requested, int available) {

    public Shortage {
        Objects.requireNonNull(sku, "sku");
        if (available >= requested) {
            throw new IllegalArgumentException(
                    "no shortage of " + sku + ": " + requested + " requested, " + available + " available");
        }
    }

    String describe() {
        return "Not enough stock for " + sku + ": " + requested + " requested, " + available + " available";
    }
}
