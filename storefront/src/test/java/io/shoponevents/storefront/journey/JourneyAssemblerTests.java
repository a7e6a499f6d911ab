package io.shoponevents.storefront.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.shoponevents.events.topology.Topology;
import io.shoponevents.storefront.api.Api.JourneyEvent;
import io.shoponevents.storefront.api.Api.Notification;
import io.shoponevents.storefront.api.Api.ServiceJourney;
import io.shoponevents.storefront.api.Api.StatusChange;
import io.shoponevents.storefront.journey.OrderJourney.Delivery;
import io.shoponevents.storefront.journey.OrderJourney.Outcome;
import io.shoponevents.storefront.journey.OrderJourney.Step;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyAssemblerTests {

    private static final String ORDER = "ord-1";
    private static final Instant T0 = Instant.parse("2026-11-22T10:15:30Z");

    private final JourneyAssembler assembler = new JourneyAssembler(new Routes(Topology.standard()));

    @Test
    void listsEachEventOnceInTimeOrderWithItsCauseRoutesAndWhatItChanged() {
        List<ServiceJourney> journeys = List.of(
                journey(
                        "order-service",
                        produced("e1", "OrderPlaced", "shop.orders", null, 0),
                        consumed("e2", "StockReserved", "shop.inventory", "e1", 40),
                        produced("e3", "OrderConfirmed", "shop.orders", "e2", 41)),
                journey(
                        "inventory-service",
                        consumed("e1", "OrderPlaced", "shop.orders", null, 10),
                        produced("e2", "StockReserved", "shop.inventory", "e1", 11)),
                journey("notification-service", consumed("e1", "OrderPlaced", "shop.orders", null, 12)),
                journey("shipping-service"));
        List<StatusChange> history = List.of(
                new StatusChange("PENDING", T0, null, null, null),
                new StatusChange("CONFIRMED", T0.plusMillis(40), "e2", "StockReserved", null));
        List<Notification> emails =
                List.of(new Notification("Your order ord-1 is placed", "ada@example.com", "e1", "OrderPlaced", T0));

        OrderJourney journey = assembler.assemble(ORDER, journeys, history, emails, List.of());

        assertThat(journey.steps())
                .extracting(Step::detailType, Step::producer, Step::cause)
                .containsExactly(
                        tuple("OrderPlaced", "order-service", "a request to order-service"),
                        tuple("StockReserved", "inventory-service", "OrderPlaced"),
                        tuple("OrderConfirmed", "order-service", "StockReserved"));
        assertThat(journey.steps().get(0).deliveries())
                .extracting(Delivery::consumer, Delivery::route, Delivery::outcome, Delivery::effect)
                .containsExactly(
                        tuple("inventory-service", "rule shop-inventory-from-order", Outcome.CONSUMED, null),
                        tuple(
                                "notification-service",
                                "rule shop-notification-from-order",
                                Outcome.CONSUMED,
                                "email “Your order ord-1 is placed”"));
        assertThat(journey.steps().get(1).deliveries())
                .singleElement()
                .extracting(Delivery::consumer, Delivery::route, Delivery::effect)
                .containsExactly("order-service", "rule shop-order-from-inventory", "order → CONFIRMED");
    }

    @Test
    void showsWhereTheJourneyStopsAndWhoHasNotConsumedTheLastEvent() {
        OrderJourney journey = assembler.assemble(
                ORDER,
                List.of(
                        journey("order-service", produced("e1", "OrderPlaced", "shop.orders", null, 0)),
                        journey("notification-service", consumed("e1", "OrderPlaced", "shop.orders", null, 5))),
                List.of(),
                List.of(),
                List.of());

        assertThat(journey.waiting()).isTrue();
        assertThat(journey.stop().consumer()).isEqualTo("inventory-service");
        assertThat(journey.stop().describe())
                .isEqualTo("OrderPlaced from order-service has not been consumed by inventory-service yet");
        assertThat(journey.steps().get(0).deliveries())
                .extracting(Delivery::consumer, Delivery::outcome)
                .containsExactly(
                        tuple("inventory-service", Outcome.AWAITING), tuple("notification-service", Outcome.CONSUMED));
    }

    @Test
    void showsAMessageAConsumerGaveUpOnAsDeadLetteredWithItsReason() {
        JourneyEvent deadLettered = new JourneyEvent(
                "e9",
                "ShipmentDispatched",
                "shop.shipping",
                ORDER,
                null,
                "DEAD_LETTERED",
                T0.plusSeconds(2),
                null,
                "detail.data.shipmentId: integer found, string expected");

        OrderJourney journey = assembler.assemble(
                ORDER,
                List.of(
                        journey("order-service", deadLettered),
                        journey(
                                "notification-service",
                                consumed("e9", "ShipmentDispatched", "shop.shipping", null, 2100))),
                List.of(),
                List.of(),
                List.of("shipping-service"));

        Step step = journey.steps().get(0);
        assertThat(step.producer())
                .as("taken from the source: the producer's journey is missing")
                .isEqualTo("shipping-service");
        assertThat(step.deliveries())
                .extracting(Delivery::consumer, Delivery::route, Delivery::outcome)
                .containsExactly(
                        tuple(
                                "order-service",
                                "subscription shop-shipment-events → shop-order-events",
                                Outcome.DEAD_LETTERED),
                        tuple(
                                "notification-service",
                                "subscription shop-shipment-events → shop-notification-events",
                                Outcome.CONSUMED));
        assertThat(journey.stop().describe())
                .isEqualTo("ShipmentDispatched from shipping-service was dead-lettered by order-service:"
                        + " detail.data.shipmentId: integer found, string expected");
        assertThat(journey.unreachable()).containsExactly("shipping-service");
    }

    @Test
    void aJourneyWhoseEventsAllReachedTheirConsumersWaitsForNothing() {
        OrderJourney journey = assembler.assemble(
                ORDER,
                List.of(journey("inventory-service", produced("e5", "StockReleased", "shop.inventory", "e4", 0))),
                List.of(),
                List.of(),
                List.of());

        assertThat(journey.steps())
                .singleElement()
                .satisfies(step -> assertThat(step.deliveries()).isEmpty());
        assertThat(journey.waiting()).isFalse();
    }

    @Test
    void marksAnEventStillInItsProducersOutboxAsUnpublished() {
        JourneyEvent pending =
                new JourneyEvent("e1", "OrderPlaced", "shop.orders", ORDER, null, "PRODUCED", T0, null, null);

        OrderJourney journey =
                assembler.assemble(ORDER, List.of(journey("order-service", pending)), List.of(), List.of(), List.of());

        assertThat(journey.steps().get(0).published()).isFalse();
    }

    @Test
    void anEventAConsumerHasSeenIsPublishedBeforeItsProducerMarksIt() {
        JourneyEvent unmarked =
                new JourneyEvent("e1", "OrderPlaced", "shop.orders", ORDER, null, "PRODUCED", T0, null, null);

        OrderJourney journey = assembler.assemble(
                ORDER,
                List.of(
                        journey("order-service", unmarked),
                        journey("inventory-service", consumed("e1", "OrderPlaced", "shop.orders", null, 5))),
                List.of(),
                List.of(),
                List.of());

        assertThat(journey.steps().get(0).published()).isTrue();
    }

    private static ServiceJourney journey(String service, JourneyEvent... events) {
        return new ServiceJourney(service, ORDER, List.of(events));
    }

    private static JourneyEvent produced(String id, String type, String source, String cause, int millis) {
        Instant at = T0.plusMillis(millis);
        return new JourneyEvent(id, type, source, ORDER, cause, "PRODUCED", at, at.plusMillis(2), null);
    }

    private static JourneyEvent consumed(String id, String type, String source, String cause, int millis) {
        return new JourneyEvent(id, type, source, ORDER, cause, "CONSUMED", T0.plusMillis(millis), null, null);
    }
}
