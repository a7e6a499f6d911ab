package io.shoponevents.ordering.order.adapter.out.messaging;

import static io.shoponevents.ordering.order.domain.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderConfirmed;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.events.data.OrderRejected;
import io.shoponevents.ordering.order.domain.Order;
import io.shoponevents.ordering.order.domain.OrderChange;
import io.shoponevents.ordering.order.domain.OrderStatus;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderEventsTests {

    private static final EventValidator validator = new EventValidator();
    private final EnvelopeCodec codec =
            new EnvelopeCodec(Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC));
    private final OrderEvents events = new OrderEvents(codec);
    private static final Instant LATER = Instant.parse("2026-11-22T10:15:40Z");

    @Test
    void checkoutEmitsOrderPlacedThatValidatesWithTheComputedTotal() {
        OrderChange.Placed change = anOrder().placed();
        Order order = change.order();

        EventEnvelope envelope = events.of(change).orElseThrow();

        assertValid(envelope, EventType.ORDER_PLACED);
        assertThat(envelope.detail().metadata().correlationId()).isEqualTo(order.id());
        assertThat(envelope.detail().metadata().causationId()).isNull();
        OrderPlaced placed = codec.data(envelope, OrderPlaced.class);
        assertThat(placed.getOrderId()).isEqualTo(order.id());
        assertThat(placed.getCartId()).isEqualTo(order.cartId());
        assertThat(placed.getTotal().getAmount()).isEqualByComparingTo("49.00");
        assertThat(placed.getTotal().getCurrency()).isEqualTo("EUR");
        assertThat(placed.getItems())
                .extracting(line -> line.getSku(), line -> line.getQuantity())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MUG-BLUE", 2),
                        org.assertj.core.groups.Tuple.tuple("TEE-M-BLACK", 1));
        assertThat(placed.getShippingAddress().getCountry()).isEqualTo("GB");
    }

    @Test
    void confirmationEmitsOrderConfirmedForShippingCausedByStockReserved() {
        OrderChange.Confirmed change = anOrder().build().confirm(cause("StockReserved"), LATER);
        Order order = change.order();

        EventEnvelope envelope = events.of(change).orElseThrow();

        assertValid(envelope, EventType.ORDER_CONFIRMED);
        assertThat(envelope.detail().metadata().correlationId()).isEqualTo(order.id());
        assertThat(envelope.detail().metadata().causationId())
                .isEqualTo(order.lastChange().eventId())
                .isNotNull();
        OrderConfirmed confirmed = codec.data(envelope, OrderConfirmed.class);
        assertThat(confirmed.getCustomerId()).isEqualTo("cust-1042");
        assertThat(confirmed.getEmail()).isEqualTo("ada@example.com");
        assertThat(confirmed.getItems()).hasSize(2);
        assertThat(confirmed.getTotal().getAmount()).isEqualTo(new BigDecimal("49.00"));
        assertThat(confirmed.getShippingAddress().getName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void rejectionEmitsOrderRejectedWithTheReasonFromInventory() {
        OrderChange.Rejected change =
                anOrder().build().reject("Not enough stock for TEE-M-BLACK", cause("StockReservationFailed"), LATER);

        EventEnvelope envelope = events.of(change).orElseThrow();

        assertValid(envelope, EventType.ORDER_REJECTED);
        assertThat(codec.data(envelope, OrderRejected.class).getReason()).isEqualTo("Not enough stock for TEE-M-BLACK");
    }

    @Test
    void cancellationEmitsOrderCancelledWithThePreviousStatus() {
        OrderChange.Cancelled change = anOrder()
                .inStatus(OrderStatus.CONFIRMED)
                .build()
                .cancel("changed my mind", Instant.parse("2026-11-22T11:00:00Z"));

        EventEnvelope envelope = events.of(change).orElseThrow();

        assertValid(envelope, EventType.ORDER_CANCELLED);
        OrderCancelled cancelled = codec.data(envelope, OrderCancelled.class);
        assertThat(cancelled.getPreviousStatus()).isEqualTo(OrderCancelled.PreviousStatus.CONFIRMED);
        assertThat(cancelled.getReason()).isEqualTo("changed my mind");
        assertThat(envelope.detail().metadata().causationId()).isNull();
    }

    @Test
    void shippingAndDeliveryEmitNothingBecauseShippingAnnouncedThem() {
        Order confirmed = anOrder().inStatus(OrderStatus.CONFIRMED).build();

        assertThat(events.of(confirmed.ship(cause("ShipmentDispatched"), LATER)))
                .isEmpty();
        assertThat(events.of(confirmed.deliver(cause("ShipmentDelivered"), LATER)))
                .isEmpty();
    }

    private static CausingEvent cause(String eventType) {
        return new CausingEvent(UUID.randomUUID().toString(), eventType);
    }

    private void assertValid(EventEnvelope envelope, EventType type) {
        assertThat(envelope.detailType()).isEqualTo(type.detailType());
        assertThat(envelope.source()).isEqualTo("shop.orders");
        assertThat(validator.validateEnvelope(codec.write(envelope))).isEmpty();
    }
}
