package io.shoponevents.ordering.order.adapter.in.messaging;

import static io.shoponevents.ordering.order.domain.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.events.data.OrderRejected;
import io.shoponevents.ordering.cart.adapter.out.messaging.CartEvents;
import io.shoponevents.ordering.order.adapter.out.messaging.OrderEvents;
import io.shoponevents.ordering.order.application.OrderProgressService;
import io.shoponevents.ordering.order.domain.Order;
import io.shoponevents.ordering.order.domain.OrderStatus;
import io.shoponevents.ordering.order.domain.StatusChange;
import io.shoponevents.ordering.testing.InMemoryCartRepository;
import io.shoponevents.ordering.testing.InMemoryOrderRepository;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The order's queue as the runtime hands it over: the contract's example events, dispatched to the handlers. */
class OrderEventHandlersTests {

    private static final Instant NOW = Instant.parse("2026-11-22T10:15:40Z");

    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.fixed(NOW, ZoneOffset.UTC));
    private final EventValidator validator = new EventValidator();
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(
            new InMemoryCartRepository(new CartEvents(codec)::of), new OrderEvents(codec)::of);
    private final EventDispatcher dispatcher = new ConsumedEvents()
            .orderEventDispatcher(
                    validator,
                    codec,
                    new OrderEventHandlers(new OrderProgressService(orders, Clock.fixed(NOW, ZoneOffset.UTC))));

    @Test
    void stockReservedConfirmsThePendingOrder() {
        String event = ExampleEvents.valid(EventType.STOCK_RESERVED);
        Order order = orders.seed(anOrder().withId(orderIdOf(event)).build());

        dispatcher.dispatch(event);

        assertThat(current(order).history())
                .last()
                .isEqualTo(new StatusChange(OrderStatus.CONFIRMED, NOW, eventIdOf(event), "StockReserved", null));
        assertThat(orders.written())
                .singleElement()
                .satisfies(written -> assertThat(written.status()).isEqualTo(OrderStatus.CONFIRMED));
    }

    @Test
    void redeliveredStockReservedChangesNothing() {
        String event = ExampleEvents.valid(EventType.STOCK_RESERVED);
        Order order = orders.seed(anOrder().withId(orderIdOf(event)).build());
        dispatcher.dispatch(event);
        Order confirmed = current(order);

        dispatcher.dispatch(event);

        assertThat(current(order).history()).isEqualTo(confirmed.history());
        assertThat(current(order).version()).isEqualTo(confirmed.version());
        assertThat(orders.emitted()).hasSize(1);
    }

    @Test
    void stockReservedForACancelledOrderChangesNothingButIsAcknowledged() {
        String event = ExampleEvents.valid(EventType.STOCK_RESERVED);
        Order order = orders.seed(anOrder()
                .withId(orderIdOf(event))
                .inStatus(OrderStatus.CANCELLED)
                .build());

        dispatcher.dispatch(event);

        assertThat(current(order).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(orders.written()).isEmpty();
        assertThat(orders.emitted()).isEmpty();
        assertThat(orders.handled(eventIdOf(event))).isTrue();
    }

    @Test
    void eventAboutAnUnknownOrderIsAcknowledged() {
        String event = ExampleEvents.valid(EventType.STOCK_RESERVED);

        dispatcher.dispatch(event);

        assertThat(orders.find(orderIdOf(event))).isEmpty();
        assertThat(orders.handled(eventIdOf(event))).isTrue();
    }

    @Test
    void stockReservationFailedRejectsTheOrderWithTheEventsReason() {
        String event = ExampleEvents.valid(EventType.STOCK_RESERVATION_FAILED);
        Order order = orders.seed(anOrder().withId(orderIdOf(event)).build());

        dispatcher.dispatch(event);

        StatusChange rejection = current(order).lastChange();
        assertThat(rejection.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(rejection.reason()).isEqualTo("Not enough stock for TEE-M-BLACK: 1 requested, 0 available");
        assertThat(rejection.eventId()).isEqualTo(eventIdOf(event));
        assertThat(orders.emitted())
                .singleElement()
                .satisfies(emitted -> assertThat(
                                codec.data(emitted, OrderRejected.class).getReason())
                        .isEqualTo(rejection.reason()));
    }

    @Test
    void shipmentEventsMoveAConfirmedOrderToShippedThenDelivered() {
        String dispatched = ExampleEvents.valid(EventType.SHIPMENT_DISPATCHED);
        String delivered = ExampleEvents.valid(EventType.SHIPMENT_DELIVERED);
        Order order = orders.seed(anOrder()
                .withId(orderIdOf(dispatched))
                .inStatus(OrderStatus.CONFIRMED)
                .build());

        dispatcher.dispatch(dispatched);
        assertThat(current(order).status()).isEqualTo(OrderStatus.SHIPPED);
        dispatcher.dispatch(delivered);

        assertThat(current(order).history())
                .extracting(StatusChange::status, StatusChange::eventType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.PENDING, null),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.CONFIRMED, "StockReserved"),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.SHIPPED, "ShipmentDispatched"),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.DELIVERED, "ShipmentDelivered"));
        assertThat(orders.emitted()).isEmpty();
    }

    private Order current(Order order) {
        return orders.find(order.id()).orElseThrow();
    }

    private String orderIdOf(String event) {
        return codec.read(event).detail().data().path("orderId").asString();
    }

    private String eventIdOf(String event) {
        EventEnvelope envelope = codec.read(event);
        return envelope.eventId();
    }
}
