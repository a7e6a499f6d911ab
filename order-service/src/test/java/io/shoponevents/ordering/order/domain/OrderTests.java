package io.shoponevents.ordering.order.domain;

import static io.shoponevents.ordering.order.domain.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoponevents.ordering.cart.domain.CartStatus;
import io.shoponevents.ordering.money.domain.Money;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.RuleViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderTests {

    private static final Instant NOW = Instant.parse("2026-11-22T11:00:00Z");
    private static final CausingEvent STOCK_RESERVED = new CausingEvent("evt-1", "StockReserved");

    @Test
    void placedOrderIsPendingByRequestWithTheTotalOfItsLines() {
        Order order = anOrder()
                .withLine("MUG-BLUE", 3, "0.10")
                .withLine("LAMP", 1, "80.00")
                .placed()
                .order();

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.total()).isEqualTo(Money.of("80.30", "EUR"));
        assertThat(order.history())
                .containsExactly(new StatusChange(OrderStatus.PENDING, OrderBuilder.PLACED_AT, null, null, null));
    }

    @Test
    void placingAnOrderChecksOutTheCartItWasPlacedFrom() {
        OrderChange.Placed placed = anOrder().placed();

        assertThat(placed.checkedOutCart().status()).isEqualTo(CartStatus.CHECKED_OUT);
        assertThat(placed.checkedOutCart().orderId()).contains(placed.order().id());
        assertThat(placed.order().cartId()).isEqualTo(placed.checkedOutCart().id());
        assertThat(placed.causingEvent()).isEmpty();
    }

    @Test
    void confirmationRecordsTheEventThatCausedIt() {
        OrderChange.Confirmed change = anOrder().build().confirm(STOCK_RESERVED, NOW);
        Order confirmed = change.order();

        assertThat(confirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(confirmed.lastChange())
                .isEqualTo(new StatusChange(OrderStatus.CONFIRMED, NOW, "evt-1", "StockReserved", null));
        assertThat(confirmed.previousStatus()).contains(OrderStatus.PENDING);
        assertThat(change.causingEvent()).contains(STOCK_RESERVED);
    }

    @Test
    void rejectionKeepsTheReason() {
        Order rejected = anOrder()
                .build()
                .reject("out of stock", new CausingEvent("evt-2", "StockReservationFailed"), NOW)
                .order();

        assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(rejected.lastChange().reason()).isEqualTo("out of stock");
    }

    @ParameterizedTest
    @EnumSource(
            value = OrderStatus.class,
            names = {"PENDING", "CONFIRMED"})
    void pendingAndConfirmedOrdersCanBeCancelled(OrderStatus status) {
        OrderChange.Cancelled change = anOrder().inStatus(status).build().cancel("changed my mind", NOW);
        Order cancelled = change.order();

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.previousStatus()).contains(status);
        assertThat(cancelled.lastChange().eventId()).isNull();
        assertThat(change.previousStatus()).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(
            value = OrderStatus.class,
            names = {"REJECTED", "CANCELLED", "SHIPPED", "DELIVERED"})
    void ordersPastConfirmationCannotBeCancelled(OrderStatus status) {
        Order order = anOrder().inStatus(status).build();

        assertThatThrownBy(() -> order.cancel(null, NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining(status.name());
    }

    @Test
    void stockReservedFitsOnlyAPendingOrder() {
        assertThat(anOrder().build().canMoveTo(OrderStatus.CONFIRMED)).isTrue();
        assertThat(anOrder().inStatus(OrderStatus.CANCELLED).build().canMoveTo(OrderStatus.CONFIRMED))
                .isFalse();
        assertThat(anOrder().inStatus(OrderStatus.CONFIRMED).build().canMoveTo(OrderStatus.CONFIRMED))
                .isFalse();
    }

    @Test
    void followsTheShipmentToDeliveredEvenWhenTheDispatchComesLate() {
        Order confirmed = anOrder().inStatus(OrderStatus.CONFIRMED).build();

        assertThat(confirmed
                        .ship(new CausingEvent("evt-3", "ShipmentDispatched"), NOW)
                        .order()
                        .deliver(new CausingEvent("evt-4", "ShipmentDelivered"), NOW)
                        .order()
                        .history())
                .extracting(StatusChange::status)
                .containsExactly(
                        OrderStatus.PENDING, OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        assertThat(confirmed
                        .deliver(new CausingEvent("evt-4", "ShipmentDelivered"), NOW)
                        .order()
                        .canMoveTo(OrderStatus.SHIPPED))
                .isFalse();
    }
}
