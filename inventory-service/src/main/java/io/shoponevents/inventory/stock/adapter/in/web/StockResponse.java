package io.shoponevents.inventory.stock.adapter.in.web;

import io.shoponevents.inventory.stock.domain.StockLevel;
import io.swagger.v3.oas.annotations.media.Schema;

/** The stock of one SKU as the API shows it (named {@code StockView} in the API document, as it always was). */
@Schema(name = "StockView")
record StockResponse(String sku, int available, int reserved) {

    static StockResponse of(StockLevel level) {
        return new StockResponse(level.sku(), level.available(), level.reserved());
    }
}
