package io.shoponevents.inventory.adapter.in.web;

import io.shoponevents.inventory.domain.StockLevel;

/** The stock of one SKU as the API shows it. */
record StockView(String sku, int available, int reserved) {

    static StockView of(StockLevel level) {
        return new StockView(level.sku(), level.available(), level.reserved());
    }
}
