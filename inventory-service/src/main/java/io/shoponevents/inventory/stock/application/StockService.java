package io.shoponevents.inventory.stock.application;

import io.shoponevents.inventory.stock.domain.StockLevel;
import io.shoponevents.runtime.domain.InvalidInput;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Stock as the warehouse sees it: how much of each SKU there is to sell, and how much is held for orders. */
@Service
public class StockService {

    private static final Logger log = LoggerFactory.getLogger(StockService.class);

    private final StockRepository stock;

    StockService(StockRepository stock) {
        this.stock = stock;
    }

    /** Sets the units available for reservation; units already reserved stay reserved. */
    public StockLevel setAvailable(String sku, int available) {
        if (available < 0 || available > StockLevel.MAX_AVAILABLE) {
            throw new InvalidInput("available", "available must be between 0 and " + StockLevel.MAX_AVAILABLE);
        }
        StockLevel level = stock.setAvailable(sku, available);
        log.info("stock of {} set to {} available ({} reserved)", sku, level.available(), level.reserved());
        return level;
    }

    public Optional<StockLevel> find(String sku) {
        return stock.find(sku);
    }

    public List<StockLevel> all() {
        return stock.all();
    }
}
