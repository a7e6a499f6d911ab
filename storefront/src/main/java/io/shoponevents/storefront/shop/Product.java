package io.shoponevents.storefront.shop;

import java.math.BigDecimal;

/** A SKU with its stock (from the inventory) and its price (from the storefront's price list). */
public record Product(String sku, int available, int reserved, BigDecimal price, String currency) {

    public boolean inStock() {
        return available > 0;
    }
}
