package io.shoponevents.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.data.Money;
import io.shoponevents.events.data.OrderLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExampleEventTests {

    private final EventValidator validator = new EventValidator();

    @Test
    void drawsAFreshEventIdEachTimeUnlikeTheExamples() {
        String exampleEventId = read(ExampleEvents.valid(EventType.ORDER_PLACED))
                .detail()
                .metadata()
                .eventId();

        EventEnvelope first = ExampleEvent.of(EventType.ORDER_PLACED).envelope();
        EventEnvelope second = ExampleEvent.of(EventType.ORDER_PLACED).envelope();

        assertThat(first.eventId()).isNotEqualTo(second.eventId()).isNotEqualTo(exampleEventId);
        assertThat(second.eventId()).isNotEqualTo(exampleEventId);
        assertThat(first.id()).as("the top-level id starts as the event id").isEqualTo(first.eventId());
    }

    @Test
    void isTheSameEventEveryTimeItIsWrittenAndInEveryCopy() {
        ExampleEvent placed = ExampleEvent.of(EventType.ORDER_PLACED);

        assertThat(placed.json()).isEqualTo(placed.json());
        assertThat(placed.data("email", "bob@example.com").envelope().eventId())
                .isEqualTo(placed.envelope().eventId())
                .isEqualTo(placed.eventId());
    }

    @Test
    void replacesTheFieldsItIsGivenAndKeepsTheRestOfTheExample() {
        EventEnvelope example = read(ExampleEvents.valid(EventType.STOCK_RESERVED));

        EventEnvelope event = ExampleEvent.of(EventType.STOCK_RESERVED)
                .eventId("evt-1")
                .correlationId("ord-1")
                .causationId("evt-0")
                .data("orderId", "ord-1")
                .data("items", List.of(Map.of("sku", "LAMP", "quantity", 3)))
                .envelope();

        assertThat(event.detail().metadata())
                .isEqualTo(new EventMetadata(
                        "evt-1",
                        EventType.SCHEMA_VERSION,
                        "ord-1",
                        "evt-0",
                        example.detail().metadata().traceHeader()));
        assertThat(event.detail().data().path("orderId").asString()).isEqualTo("ord-1");
        assertThat(event.detail().data().path("items"))
                .isEqualTo(EventJson.mapper().readTree("[{\"sku\": \"LAMP\", \"quantity\": 3}]"));
        assertThat(event.detailType()).isEqualTo("StockReserved");
        assertThat(event.source()).isEqualTo(example.source());
        assertThat(event.time()).isEqualTo(example.time());
    }

    @Test
    void anEventAboutAnOrderCarriesItsIdAsDataAndAsCorrelationId() {
        EventEnvelope event =
                ExampleEvent.of(EventType.ORDER_CONFIRMED).aboutOrder("ord-42").envelope();

        assertThat(event.detail().data().path("orderId").asString()).isEqualTo("ord-42");
        assertThat(event.detail().metadata().correlationId()).isEqualTo("ord-42");
        assertThat(event.detail().data().path("email").asString()).isEqualTo("ada@example.com");
    }

    @Test
    void aCopyLeavesTheOriginalAsItWas() {
        ExampleEvent original = ExampleEvent.of(EventType.ORDER_CONFIRMED).aboutOrder("ord-1");

        original.aboutOrder("ord-2").data("email", "bob@example.com").eventId("evt-2");

        EventEnvelope event = original.envelope();
        assertThat(event.detail().data().path("orderId").asString()).isEqualTo("ord-1");
        assertThat(event.detail().data().path("email").asString()).isEqualTo("ada@example.com");
        assertThat(event.eventId()).isEqualTo(original.eventId()).isNotEqualTo("evt-2");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void staysValidWithFreshIds(EventType type) {
        String event = ExampleEvent.of(type)
                .correlationId("ord-1")
                .causationId("evt-0")
                .json();

        assertThat(validator.validateEnvelope(event)).isEmpty();
    }

    @Test
    void staysValidWithValidGeneratedValues() {
        OrderLine line = OrderLine.builder()
                .withSku("LAMP")
                .withQuantity(2)
                .withUnitPrice(Money.builder()
                        .withAmount(new BigDecimal("80.00"))
                        .withCurrency("EUR")
                        .build())
                .build();

        String placed = ExampleEvent.of(EventType.ORDER_PLACED)
                .data("items", List.of(line))
                .data("total", Map.of("amount", new BigDecimal("160.00"), "currency", "EUR"))
                .json();

        assertThat(validator.validateEnvelope(placed)).isEmpty();
        assertThat(read(placed).detail().data().path("total").path("amount").decimalValue())
                .isEqualByComparingTo("160.00");
    }

    @Test
    void aReplacementThatBreaksTheSchemaIsNamedByTheValidator() {
        String noItems =
                ExampleEvent.of(EventType.ORDER_PLACED).data("items", List.of()).json();
        String numericOrderId =
                ExampleEvent.of(EventType.ORDER_CANCELLED).data("orderId", 42).json();
        String emptyCorrelationId =
                ExampleEvent.of(EventType.SHIPMENT_CREATED).correlationId("").json();

        assertThat(validator.validateEnvelope(noItems))
                .extracting(Violation::field)
                .containsExactly("detail.data.items");
        assertThat(validator.validateEnvelope(numericOrderId))
                .extracting(Violation::field)
                .containsExactly("detail.data.orderId");
        assertThat(validator.validateEnvelope(emptyCorrelationId))
                .extracting(Violation::field)
                .containsExactly("detail.metadata.correlationId");
    }

    /** Reads an envelope the way consumers do. */
    private static EventEnvelope read(String json) {
        return EventJson.mapper().readValue(json, EventEnvelope.class);
    }
}
