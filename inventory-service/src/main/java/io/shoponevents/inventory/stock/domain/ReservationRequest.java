package io.shoponevents.inventory.stock.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The lines of one order that are reserved together, all or none, with one line per SKU. */
public record ReservationRequest(String orderId, List<LineItem> lines) {

    public ReservationRequest {
        Objects.requireNonNull(orderId, "orderId");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("order " + orderId + " has no lines to reserve");
        }
        if (new HashSet<>(lines.stream().map(LineItem::sku).toList()).size() != lines.size()) {
            throw new IllegalArgumentException("order " + orderId + " names a SKU twice; merge its lines first");
        }
    }

    /** Merges the lines of the same SKU, so that each SKU is taken from stock once, in the order first named. */
    public static ReservationRequest of(String orderId, List<LineItem> lines) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        lines.forEach(line -> quantities.merge(line.sku(), line.quantity(), Math::addExact));
        return new ReservationRequest(
                orderId,
                quantities.entrySet().stream()
                        .map(entry -> new LineItem(entry.getKey(), entry.getValue()))
                        .toList());
    }

    public List<String> skus() {
        return lines.stream().map(LineItem::sku).toList();
    }

    /**
     * The lines that the given stock cannot cover, in line order.
     *
     * @param availableBySku units available per SKU; a SKU that is missing has none
     */
    public List<Shortage> shortagesGiven(Map<String, Integer> availableBySku) {
        List<Shortage> shortages = new ArrayList<>();
        for (LineItem line : lines) {
            int available = Math.max(0, availableBySku.getOrDefault(line.sku(), 0));
            if (available < line.quantity()) {
                shortages.add(new Shortage(line.sku(), line.quantity(), available));
            }
        }
        return List.copyOf(shortages);
    }
}
