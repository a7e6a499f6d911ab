package io.shoponevents.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventJson;
import io.shoponevents.events.EventType;
import io.shoponevents.events.schema.ResolvedSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class AsyncApiFileTests {

    private static final String VERSION = System.getProperty("shop.version", "test");

    private final JsonNode document = new YAMLMapper().readTree(AsyncApiFile.render(VERSION));

    /**
     * A developer's build rewrites a stale document, as it formats the code; CI ({@code CI=true}) checks it instead,
     * so that a green CI build is a build of the committed document.
     */
    @Test
    void theCommittedDocumentIsTheOneTheContractYields() throws IOException {
        Path committed = Path.of(System.getProperty("shop.asyncapi.file", "../docs/asyncapi.yaml"));
        String generated = AsyncApiFile.render(VERSION);
        String current = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        if ("true".equals(System.getenv("CI"))) {
            assertThat(current)
                    .as(committed + " is not the document the contract yields; build locally and commit it")
                    .isEqualTo(generated);
        } else if (!current.equals(generated)) {
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(committed, StandardCharsets.UTF_8)).isEqualTo(generated);
    }

    @Test
    void describesEveryEventInEverySchemaVersionWithItsOwnSchema() {
        ResolvedSchema schemas = ResolvedSchema.onClassPath(getClass().getClassLoader());
        List<String> keys = new ArrayList<>();
        for (EventType type : EventType.values()) {
            for (int version : type.schemaVersions()) {
                String key = EventMessages.key(type, version);
                keys.add(key);
                JsonNode message = document.at("/components/messages/" + key);
                JsonNode schema = message.at("/payload/schema");
                ObjectNode data = schemas.resolve(type.schemaPath(version));
                data.remove("$schema");
                data.remove("id");

                assertThat(message.at("/payload/schemaFormat").asString())
                        .isEqualTo("application/schema+json;version=draft-04");
                assertThat(schema.at("/properties/detail/properties/data"))
                        .as(key)
                        .isEqualTo(data);
                assertThat(schema.at("/properties/detail-type/enum/0").asString())
                        .isEqualTo(type.detailType());
                assertThat(schema.at("/properties/detail/properties/metadata/properties/schemaVersion/enum/0")
                                .asInt())
                        .isEqualTo(version);
                assertThat(message.path("x-producer").asString())
                        .isEqualTo(type.producer().id() + "-service");
            }
        }
        assertThat(document.at("/components/messages").propertyNames()).containsExactlyElementsOf(keys);
        assertThat(keys).contains("OrderPlaced", "OrderPlaced.v2");
    }

    @Test
    void keepsStringsThatLookLikeNumbersStrings() {
        JsonNode example = document.at("/components/messages/OrderPlaced/examples/0/payload");

        assertThat(example.path("version").isString()).isTrue();
        assertThat(example.path("account").isString()).isTrue();
        assertThat(example.at("/detail/metadata/schemaVersion").isInt()).isTrue();
    }

    @Test
    void givesEachQueueTheEventsItsServiceConsumesAndTheRoutesThatFeedIt() {
        assertThat(document.at("/channels/shop-inventory-events/messages").propertyNames())
                .containsExactly("OrderPlaced", "OrderPlaced.v2", "OrderCancelled");
        assertThat(document.at("/operations/receiveInventoryEvents/x-eventbridge-rules/0/name")
                        .asString())
                .isEqualTo("shop-inventory-from-order");
        assertThat(document.at("/operations/receiveInventoryEvents/x-eventbridge-rules/0/eventPattern"))
                .isEqualTo(
                        EventJson.mapper()
                                .readTree(
                                        "{\"source\": [\"shop.orders\"], \"detail-type\": [\"OrderPlaced\", \"OrderCancelled\"]}"));
        assertThat(document.at("/operations/receiveOrderEvents/x-sns-subscription/filterPolicy/detail-type"))
                .isEqualTo(EventJson.mapper().readTree("[\"ShipmentDispatched\", \"ShipmentDelivered\"]"));
        assertThat(document.at("/channels/shop-order-events/bindings/sqs/queue/redrivePolicy/deadLetterQueue/name")
                        .asString())
                .isEqualTo("shop-order-events-dlq");
    }

    @Test
    void publishesEachEventOnItsRouterToTheQueuesOfItsConsumers() {
        assertThat(document.at("/operations/publishOrderPlaced/channel/$ref").asString())
                .isEqualTo("#/channels/bus");
        assertThat(document.at("/operations/publishOrderPlaced/summary").asString())
                .contains("rule `shop-inventory-from-order`", "rule `shop-notification-from-order`");
        assertThat(document.at("/operations/publishOrderPlaced/x-eventbridge-rules")
                        .valueStream()
                        .map(rule -> rule.path("targetQueue").asString()))
                .containsExactly("shop-inventory-events", "shop-notification-events");
        assertThat(document.at("/operations/publishShipmentDispatched/bindings/sns/consumers")
                        .valueStream()
                        .map(consumer -> consumer.at("/endpoint/name").asString()))
                .containsExactlyInAnyOrder("shop-order-events", "shop-notification-events");
        assertThat(document.at("/operations/publishStockReleased/summary").asString())
                .contains("archive only");
    }
}
