package io.shoponevents.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.data.OrderPlaced;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeneratedTypesTests {

    private final JsonMapper mapper = EventJson.mapper();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyExampleReadsIntoItsGeneratedTypeAndWritesBackUnchanged(EventType type) {
        EventEnvelope envelope = mapper.readValue(ExampleEvents.valid(type), EventEnvelope.class);

        Object data = mapper.treeToValue(envelope.detail().data(), type.dataType());
        JsonNode written = mapper.valueToTree(data);

        assertThat(envelope.detailType()).isEqualTo(type.detailType());
        assertThat(envelope.source()).isEqualTo(type.source());
        assertThat(written).isEqualTo(envelope.detail().data());
    }

    @Test
    void keepsMoneyAsAnExactDecimal() {
        EventEnvelope envelope = mapper.readValue(ExampleEvents.valid(EventType.ORDER_PLACED), EventEnvelope.class);

        OrderPlaced placed = mapper.treeToValue(envelope.detail().data(), OrderPlaced.class);

        assertThat(placed.getTotal().getAmount()).isEqualByComparingTo(new BigDecimal("49.00"));
        assertThat(placed.getTotal().getCurrency()).isEqualTo("EUR");
        assertThat(placed.getItems()).hasSize(2);
    }

    @Test
    void theEnvelopeKeepsTheProducersEventIdApartFromTheRoutersId() {
        EventEnvelope envelope = mapper.readValue(ExampleEvents.valid(EventType.STOCK_RESERVED), EventEnvelope.class);

        assertThat(envelope.eventId()).isNotEqualTo(envelope.id());
        assertThat(envelope.detail().metadata().schemaVersion()).isEqualTo(EventType.SCHEMA_VERSION);
    }

    @Test
    void catalogFindsTypesByDetailTypeAndByJavaType() {
        assertThat(EventType.of("ShipmentDispatched")).contains(EventType.SHIPMENT_DISPATCHED);
        assertThat(EventType.of(OrderPlaced.class)).contains(EventType.ORDER_PLACED);
        assertThat(EventType.of("Shipmentdispatched")).isEmpty();
    }
}
