package io.shoponevents.inventory.stock.adapter.in.web;

import io.shoponevents.inventory.stock.domain.StockLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/stock/{sku}} (named {@code AvailableStock} in the API document, as it always was). */
@Schema(name = "AvailableStock")
record AvailableStockRequest(
        @NotNull @Min(0) @Max(StockLevel.MAX_AVAILABLE) Integer available) {}
