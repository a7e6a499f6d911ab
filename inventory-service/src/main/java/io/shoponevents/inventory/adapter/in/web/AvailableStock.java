package io.shoponevents.inventory.adapter.in.web;

import io.shoponevents.inventory.domain.StockLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/stock/{sku}}. */
record AvailableStock(
        @NotNull @Min(0) @Max(StockLevel.MAX_AVAILABLE) Integer available) {}
