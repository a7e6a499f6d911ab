package io.shoponevents.inventory.stock.adapter.in.web;

import io.shoponevents.inventory.stock.application.StockService;
import io.shoponevents.inventory.stock.domain.StockLevel;
import io.shoponevents.runtime.domain.NotFound;
import io.shoponevents.runtime.web.NotFoundResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Stock", description = "How many units of each SKU can be reserved, and how many are reserved")
@RestController
@RequestMapping("/api/stock")
class StockController {

    private final StockService stock;

    StockController(StockService stock) {
        this.stock = stock;
    }

    @Operation(
            summary = "Set the units available for reservation; creates the SKU if it is new, keeps what is reserved")
    @PutMapping("/{sku}")
    StockResponse setAvailable(
            @PathVariable("sku") @Pattern(regexp = StockLevel.SKU_PATTERN, message = SkuMessage.TEXT) String sku,
            @Valid @RequestBody AvailableStockRequest body) {
        return StockResponse.of(stock.setAvailable(sku, body.available()));
    }

    @Operation(summary = "The stock of one SKU")
    @NotFoundResponse("No stock was ever set for this SKU")
    @GetMapping("/{sku}")
    StockResponse stockOf(
            @PathVariable("sku") @Pattern(regexp = StockLevel.SKU_PATTERN, message = SkuMessage.TEXT) String sku) {
        return stock.find(sku).map(StockResponse::of).orElseThrow(() -> new NotFound("SKU", sku));
    }

    @Operation(summary = "The stock of every SKU, ordered by SKU")
    @GetMapping
    List<StockResponse> allStock() {
        return stock.all().stream().map(StockResponse::of).toList();
    }

    private static final class SkuMessage {
        static final String TEXT = "must be 1 to 64 letters, digits, dashes or underscores";
    }
}
