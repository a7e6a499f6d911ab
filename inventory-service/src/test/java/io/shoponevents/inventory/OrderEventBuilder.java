package io.shoponevents.inventory;

import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvent;
import io.shoponevents.events.data.Money;
import io.shoponevents.events.data.OrderLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The order events the inventory consumes, for one test order: the contract's example events about this order, with
 * its lines (each at the example's unit price, 12.50 EUR) and their total, each under a fresh event id.
 */
public final class OrderEventBuilder {

    private static final Money UNIT_PRICE = Money.builder()
            .withAmount(new BigDecimal("12.5"))
            .withCurrency("EUR")
            .build();

    private final String orderId = "ord-" + UUID.randomUUID();
    private final List<OrderLine> lines = new ArrayList<>();

    private OrderEventBuilder() {}

    public static OrderEventBuilder anOrder() {
        return new OrderEventBuilder();
    }

    public OrderEventBuilder line(String sku, int quantity) {
        lines.add(OrderLine.builder()
                .withSku(sku)
                .withQuantity(quantity)
                .withUnitPrice(UNIT_PRICE)
                .build());
        return this;
    }

    public String orderId() {
        return orderId;
    }

    /** OrderPlaced for the lines given, or for the example's lines if none were. */
    public ExampleEvent placed() {
        ExampleEvent placed = ExampleEvent.of(EventType.ORDER_PLACED).aboutOrder(orderId);
        if (lines.isEmpty()) {
            return placed;
        }
        return placed.data("items", List.copyOf(lines)).data("total", total());
    }

    /** OrderPlaced in schema version 2, which names the lines {@code lines}, for the lines given. */
    public ExampleEvent placedInSchemaVersion2() {
        return ExampleEvent.of(EventType.ORDER_PLACED, 2)
                .aboutOrder(orderId)
                .data("lines", List.copyOf(lines))
                .data("total", total());
    }

    private Money total() {
        return Money.builder()
                .withAmount(lines.stream()
                        .map(line -> UNIT_PRICE.getAmount().multiply(BigDecimal.valueOf(line.getQuantity())))
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .withCurrency(UNIT_PRICE.getCurrency())
                .build();
    }

    public ExampleEvent cancelled() {
        return ExampleEvent.of(EventType.ORDER_CANCELLED).aboutOrder(orderId);
    }
}
