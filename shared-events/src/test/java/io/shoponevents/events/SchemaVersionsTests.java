package io.shoponevents.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoponevents.events.data.OrderPlaced;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** An event carried in two schema versions side by side: OrderPlaced 1 and 2. */
class SchemaVersionsTests {

    private final EventValidator validator = new EventValidator();
    private final JsonMapper mapper = EventJson.mapper();

    @Test
    void everyEventHasVersionOneAndOrderPlacedAlsoHasVersionTwo() {
        assertThat(Arrays.stream(EventType.values()))
                .allSatisfy(type -> assertThat(type.schemaVersions()).startsWith(EventType.SCHEMA_VERSION));
        assertThat(EventType.ORDER_PLACED.schemaVersions()).containsExactly(1, 2);
        assertThat(EventType.ORDER_PLACED.dataType()).isEqualTo(OrderPlaced.class);
        assertThat(EventType.ORDER_PLACED.dataType(2)).isEqualTo(io.shoponevents.events.data.v2.OrderPlaced.class);
        assertThat(EventType.ORDER_PLACED.schemaPath(2)).isEqualTo("schemas/events/v2/OrderPlaced.json");
    }

    @Test
    void findsTheEventAndItsVersionByEitherGeneratedType() {
        Class<?> v2 = io.shoponevents.events.data.v2.OrderPlaced.class;

        assertThat(EventType.of(v2)).contains(EventType.ORDER_PLACED);
        assertThat(EventType.ORDER_PLACED.schemaVersionOf(v2)).isEqualTo(2);
        assertThat(EventType.ORDER_PLACED.schemaVersionOf(OrderPlaced.class)).isEqualTo(1);
        assertThat(EventType.ORDER_PLACED.detailType()).isEqualTo(v2.getSimpleName());
    }

    @Test
    void validatesEachVersionAgainstItsOwnSchema() {
        assertThat(validator.validateEnvelope(ExampleEvents.valid(EventType.ORDER_PLACED, 2)))
                .isEmpty();

        ObjectNode v1DataLabelledV2 = (ObjectNode) mapper.readTree(ExampleEvents.valid(EventType.ORDER_PLACED));
        ((ObjectNode) v1DataLabelledV2.at("/detail/metadata")).put("schemaVersion", 2);

        assertThat(validator.validateEnvelope(mapper.writeValueAsString(v1DataLabelledV2)))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("detail.data.customer", "detail.data.lines");
    }

    @Test
    void namesTheSchemaVersionAnEventDoesNotHave() {
        ObjectNode envelope = (ObjectNode) mapper.readTree(ExampleEvents.valid(EventType.ORDER_CONFIRMED));
        ((ObjectNode) envelope.at("/detail/metadata")).put("schemaVersion", 2);

        assertThat(validator.validateEnvelope(mapper.writeValueAsString(envelope)))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("detail.metadata.schemaVersion");
                    assertThat(violation.message()).contains("OrderConfirmed has no schema version 2");
                });
    }

    @Test
    void theSecondVersionReadsIntoItsGeneratedTypeAndWritesBackUnchanged() {
        EventEnvelope envelope = mapper.readValue(ExampleEvents.valid(EventType.ORDER_PLACED, 2), EventEnvelope.class);

        var placed = mapper.treeToValue(envelope.detail().data(), io.shoponevents.events.data.v2.OrderPlaced.class);

        assertThat(envelope.detail().metadata().schemaVersion()).isEqualTo(2);
        assertThat(placed.getCustomer().getEmail()).isEqualTo("ada@example.com");
        assertThat(placed.getLines()).hasSize(2);
        assertThat(mapper.<JsonNode>valueToTree(placed))
                .isEqualTo(envelope.detail().data());
    }

    @Test
    void anExampleEventInTheSecondVersionStaysValidWithItsOwnFields() {
        String placed = ExampleEvent.of(EventType.ORDER_PLACED, 2)
                .aboutOrder("ord-2")
                .data(
                        "lines",
                        mapper.readTree("[{\"sku\": \"LAMP\", \"quantity\": 1,"
                                + " \"unitPrice\": {\"amount\": 80, \"currency\": \"EUR\"}}]"))
                .json();

        EventEnvelope envelope = mapper.readValue(placed, EventEnvelope.class);
        assertThat(validator.validateEnvelope(placed)).isEmpty();
        assertThat(envelope.detail().metadata().schemaVersion()).isEqualTo(2);
        assertThat(envelope.detail().data().at("/lines/0/sku").asString()).isEqualTo("LAMP");
        assertThat(envelope.detail().data().has("items")).isFalse();
    }

    @Test
    void refusesAVersionAnEventDoesNotHave() {
        assertThatThrownBy(() -> EventType.ORDER_CONFIRMED.dataType(2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OrderConfirmed has no schema version 2");
        assertThatThrownBy(() -> ExampleEvents.valid(EventType.ORDER_PLACED, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
