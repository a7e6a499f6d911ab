package io.shoponevents.inventory.stock.application;

import io.shoponevents.inventory.stock.domain.StockLevel;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the stock of every SKU is kept. Reservations move stock only inside their own transactions. */
public interface StockRepository {

    Optional<StockLevel> find(String sku);

    /** Every SKU, ordered by SKU. */
    List<StockLevel> all();

    /** Sets the units available for reservation, creating the SKU if it is new; what is reserved stays as it is. */
    StockLevel setAvailable(String sku, int available);

    /**
     * The units available right now (a strongly consistent read).
     *
     * @return available units per SKU; a SKU without stock is missing
     */
    Map<String, Integer> availableNow(Collection<String> skus);
}
