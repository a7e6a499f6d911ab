package io.shoponevents.inventory.stock.application;

import io.shoponevents.inventory.stock.domain.LineItem;
import io.shoponevents.runtime.domain.CausingEvent;
import java.util.List;

/** Reserve every line of a placed order, or none. */
public record ReserveStock(String orderId, List<LineItem> lines, CausingEvent cause) {

    public ReserveStock {
        lines = List.copyOf(lines);
    }
}
