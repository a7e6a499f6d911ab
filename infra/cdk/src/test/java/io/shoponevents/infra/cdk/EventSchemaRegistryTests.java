package io.shoponevents.infra.cdk;

import static io.shoponevents.infra.cdk.CfnTemplate.referencedId;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventJson;
import io.shoponevents.events.EventType;
import io.shoponevents.events.topology.Topology;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EventSchemaRegistryTests {

    private static final String SCHEMA = "AWS::EventSchemas::Schema";

    private static CfnTemplate messaging;

    @BeforeAll
    static void synthesize() {
        messaging = SynthesizedShop.get().messaging;
    }

    @Test
    void holdsOneDraft4SchemaPerEventTypeAndSchemaVersionInTheShopsRegistry() {
        String registryId = messaging.logicalId(
                "AWS::EventSchemas::Registry",
                "RegistryName",
                Topology.standard().busName());
        for (EventType type : EventType.values()) {
            Map<String, Object> schema = messaging.propertiesOf(
                    messaging.logicalId(SCHEMA, "SchemaName", type.source() + "@" + type.detailType()));

            assertThat(schema).containsEntry("Type", "JSONSchemaDraft4");
            assertThat(referencedId(schema.get("RegistryName"))).isEqualTo(registryId);
        }
        Map<String, Object> orderPlacedV2 =
                messaging.propertiesOf(messaging.logicalId(SCHEMA, "SchemaName", "shop.orders@OrderPlaced-v2"));
        assertThat(orderPlacedV2).containsEntry("Type", "JSONSchemaDraft4");
        assertThat(referencedId(orderPlacedV2.get("RegistryName"))).isEqualTo(registryId);
        messaging.template.resourceCountIs(
                SCHEMA,
                Arrays.stream(EventType.values())
                        .mapToInt(type -> type.schemaVersions().size())
                        .sum());
    }

    @Test
    void eachSchemaVersionHoldsItsOwnFile() {
        JsonNode v1 = content("shop.orders@OrderPlaced");
        JsonNode v2 = content("shop.orders@OrderPlaced-v2");

        assertThat(v1.path("properties").propertyNames()).contains("items").doesNotContain("lines");
        assertThat(v2.path("properties").propertyNames())
                .contains("lines", "customer")
                .doesNotContain("items");
        assertThat(v2.at("/definitions/Customer/required").values())
                .extracting(JsonNode::asString)
                .containsExactly("customerId", "email");
    }

    @Test
    void everySchemaIsSelfContainedAndDescribesItsEvent() {
        for (EventType type : EventType.values()) {
            JsonNode content = content(type.source() + "@" + type.detailType());

            assertThat(SchemaInlinerTests.externalReferences(content))
                    .as(type.detailType())
                    .isEmpty();
            assertThat(content.path("title").asString()).isEqualTo(type.detailType());
            assertThat(content.path("$schema").asString()).isEqualTo("http://json-schema.org/draft-04/schema#");
        }
    }

    private static JsonNode content(String schemaName) {
        Map<String, Object> schema = messaging.propertiesOf(messaging.logicalId(SCHEMA, "SchemaName", schemaName));
        return EventJson.mapper().readTree((String) schema.get("Content"));
    }
}
