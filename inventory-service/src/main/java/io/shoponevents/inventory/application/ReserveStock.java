package io.shoponevents.inventory.application;

import io.shoponevents.inventory.domain.LineItem;
import java.util.List;

/** Reserve every line of a placed order, or none. */
public record ReserveStock(String orderId, List<LineItem> lines, Cause cause) {

    public ReserveStock {
        lines = List.copyOf(lines);
    }
}
