package io.shoponevents.order.order.domain;

import static io.shoponevents.order.order.domain.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoponevents.order.shared.domain.Money;
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
                .placed();

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.total()).isEqualTo(Money.of("80.30", "EUR"));
        assertThat(order.history())
                .containsExactly(new StatusChange(OrderStatus.PENDING, OrderBuilder.PLACED_AT, null, null, null));
    }

    @Test
    void confirmationRecordsTheEventThatCausedIt() {
        Order confirmed = anOrder().build().confirm(STOCK_RESERVED, NOW);

        assertThat(confirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(confirmed.lastChange())
                .isEqualTo(new StatusChange(OrderStatus.CONFIRMED, NOW, "evt-1", "StockReserved", null));
        assertThat(confirmed.previousStatus()).contains(OrderStatus.PENDING);
    }

    @Test
    void rejectionKeepsTheReason() {
        Order rejected =
                anOrder().build().reject("out of stock", new CausingEvent("evt-2", "StockReservationFailed"), NOW);

        assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(rejected.lastChange().reason()).isEqualTo("out of stock");
    }

    @ParameterizedTest
    @EnumSource(
            value = OrderStatus.class,
            names = {"PENDING", "CONFIRMED"})
    void pendingAndConfirmedOrdersCanBeCancelled(OrderStatus status) {
        Order cancelled = anOrder().inStatus(status).build().cancel("changed my mind", NOW);

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.previousStatus()).contains(status);
        assertThat(cancelled.lastChange().eventId()).isNull();
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
                        .deliver(new CausingEvent("evt-4", "ShipmentDelivered"), NOW)
                        .history())
                .extracting(StatusChange::status)
                .containsExactly(
                        OrderStatus.PENDING, OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        assertThat(confirmed
                        .deliver(new CausingEvent("evt-4", "ShipmentDelivered"), NOW)
                        .canMoveTo(OrderStatus.SHIPPED))
                .isFalse();
    }
}
