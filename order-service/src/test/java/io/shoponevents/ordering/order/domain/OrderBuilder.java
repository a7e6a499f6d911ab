package io.shoponevents.ordering.order.domain;

import static io.shoponevents.ordering.cart.domain.CartBuilder.aCart;

import io.shoponevents.ordering.cart.domain.CartBuilder;
import io.shoponevents.ordering.money.domain.Money;
import io.shoponevents.runtime.domain.CausingEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test data: a stored order of the example lines (49.00 EUR), brought to the status asked for along the saga's usual
 * path, each step caused by an event with a fresh id.
 */
public final class OrderBuilder {

    public static final Instant PLACED_AT = Instant.parse("2026-11-22T10:15:30Z");

    private String id = "ord-" + UUID.randomUUID();
    private String customerId = "cust-1042";
    private final List<OrderLine> lines = new ArrayList<>();
    private OrderStatus status = OrderStatus.PENDING;

    private OrderBuilder() {}

    public static OrderBuilder anOrder() {
        return new OrderBuilder();
    }

    public OrderBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public OrderBuilder ofCustomer(String customerId) {
        this.customerId = customerId;
        return this;
    }

    public OrderBuilder withLine(String sku, int quantity, String amount) {
        lines.add(new OrderLine(sku, quantity, Money.of(amount, "EUR")));
        return this;
    }

    public OrderBuilder inStatus(OrderStatus status) {
        this.status = status;
        return this;
    }

    /** A new order, not stored yet (version 0), placed by checkout from an open cart of its lines. */
    public OrderChange.Placed placed() {
        CartBuilder cart = aCart().ofCustomer(customerId);
        if (lines.isEmpty()) {
            cart.withTheExampleItems();
        }
        lines.forEach(line -> cart.withItem(
                line.sku(),
                line.quantity(),
                line.unitPrice().amount().toPlainString(),
                line.unitPrice().currency()));
        return Order.placeFrom(
                cart.build(),
                id,
                "ada@example.com",
                new ShippingAddress("Ada Lovelace", "12 Analytical Row", "London", "N1 9GU", "GB"),
                PLACED_AT);
    }

    /** The order as stored (version 1) in the status asked for. */
    public Order build() {
        Order order = placed().order();
        Instant at = PLACED_AT;
        for (OrderStatus step : pathTo(status)) {
            at = at.plusSeconds(5);
            order = switch (step) {
                case CONFIRMED -> order.confirm(cause("StockReserved"), at).order();
                case REJECTED ->
                    order.reject("Not enough stock for TEE-M-BLACK", cause("StockReservationFailed"), at)
                            .order();
                case SHIPPED -> order.ship(cause("ShipmentDispatched"), at).order();
                case DELIVERED -> order.deliver(cause("ShipmentDelivered"), at).order();
                case CANCELLED -> order.cancel(null, at).order();
                case PENDING -> order;
            };
        }
        return new Order(
                order.id(),
                order.cartId(),
                order.customerId(),
                order.email(),
                order.shippingAddress(),
                order.lines(),
                order.history(),
                1);
    }

    private static List<OrderStatus> pathTo(OrderStatus status) {
        return switch (status) {
            case PENDING -> List.of();
            case CONFIRMED -> List.of(OrderStatus.CONFIRMED);
            case REJECTED -> List.of(OrderStatus.REJECTED);
            case CANCELLED -> List.of(OrderStatus.CANCELLED);
            case SHIPPED -> List.of(OrderStatus.CONFIRMED, OrderStatus.SHIPPED);
            case DELIVERED -> List.of(OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        };
    }

    private static CausingEvent cause(String eventType) {
        return new CausingEvent(UUID.randomUUID().toString(), eventType);
    }
}
