package io.shoponevents.inventory;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.events.data.Money;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderLine;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The order events the inventory consumes, for one test order: the contract's example events with this order's id and
 * lines, each wrapped in a new envelope with a fresh event id, as order-service would emit them.
 */
public final class OrderEventBuilder {

    private static final EnvelopeCodec CODEC = new EnvelopeCodec(Clock.systemUTC());

    private String orderId = "ord-" + UUID.randomUUID();
    private final List<OrderLine> lines = new ArrayList<>();

    private OrderEventBuilder() {}

    public static OrderEventBuilder anOrder() {
        return new OrderEventBuilder();
    }

    public OrderEventBuilder withId(String orderId) {
        this.orderId = orderId;
        return this;
    }

    public OrderEventBuilder line(String sku, int quantity) {
        OrderLine example =
                example(EventType.ORDER_PLACED, OrderPlaced.class).getItems().get(0);
        lines.add(OrderLine.builder()
                .withSku(sku)
                .withQuantity(quantity)
                .withUnitPrice(example.getUnitPrice())
                .build());
        return this;
    }

    public String orderId() {
        return orderId;
    }

    public EventEnvelope placed() {
        OrderPlaced example = example(EventType.ORDER_PLACED, OrderPlaced.class);
        List<OrderLine> items = lines.isEmpty() ? example.getItems() : List.copyOf(lines);
        BigDecimal total = items.stream()
                .map(line -> line.getUnitPrice().getAmount().multiply(BigDecimal.valueOf(line.getQuantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        OrderPlaced placed = OrderPlaced.builder()
                .withOrderId(orderId)
                .withCartId(example.getCartId())
                .withCustomerId(example.getCustomerId())
                .withEmail(example.getEmail())
                .withItems(items)
                .withTotal(Money.builder()
                        .withAmount(total)
                        .withCurrency(example.getTotal().getCurrency())
                        .build())
                .withShippingAddress(example.getShippingAddress())
                .build();
        return wrap(EventType.ORDER_PLACED, placed);
    }

    public EventEnvelope cancelled() {
        OrderCancelled example = example(EventType.ORDER_CANCELLED, OrderCancelled.class);
        OrderCancelled cancelled = OrderCancelled.builder()
                .withOrderId(orderId)
                .withCustomerId(example.getCustomerId())
                .withEmail(example.getEmail())
                .withPreviousStatus(example.getPreviousStatus())
                .withReason(example.getReason())
                .build();
        return wrap(EventType.ORDER_CANCELLED, cancelled);
    }

    /** The envelope as a queue delivers it. */
    public static String json(EventEnvelope envelope) {
        return CODEC.write(envelope);
    }

    private EventEnvelope wrap(EventType type, Object data) {
        String traceHeader =
                CODEC.read(ExampleEvents.valid(type)).detail().metadata().traceHeader();
        return CODEC.wrap(type, data, orderId, null, traceHeader);
    }

    private static <T> T example(EventType type, Class<T> dataType) {
        return CODEC.data(CODEC.read(ExampleEvents.valid(type)), dataType);
    }
}
