package io.shoponevents.infra.cdk;

import static io.shoponevents.infra.cdk.CfnTemplate.referencedId;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventJson;
import io.shoponevents.events.EventType;
import io.shoponevents.events.topology.Topology;
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
    void holdsOneDraft4SchemaPerEventTypeInTheShopsRegistry() {
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
        messaging.template.resourceCountIs(SCHEMA, EventType.values().length);
    }

    @Test
    void everySchemaIsSelfContainedAndDescribesItsEvent() {
        for (EventType type : EventType.values()) {
            Map<String, Object> schema = messaging.propertiesOf(
                    messaging.logicalId(SCHEMA, "SchemaName", type.source() + "@" + type.detailType()));
            JsonNode content = EventJson.mapper().readTree((String) schema.get("Content"));

            assertThat(SchemaInlinerTests.externalReferences(content))
                    .as(type.detailType())
                    .isEmpty();
            assertThat(content.path("title").asString()).isEqualTo(type.detailType());
            assertThat(content.path("$schema").asString()).isEqualTo("http://json-schema.org/draft-04/schema#");
        }
    }
}
