package io.shoponevents.infra.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.shoponevents.events.EventJson;
import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvents;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SchemaInlinerTests {

    private final SchemaInliner inliner = new SchemaInliner(getClass().getClassLoader());

    @Test
    void replacesReferencesToOtherFilesWithReferencesToDefinitionsOfTheirContent() {
        JsonNode orderPlaced = inline(EventType.ORDER_PLACED);

        assertThat(orderPlaced.at("/properties/total/$ref").asString()).isEqualTo("#/definitions/Money");
        assertThat(orderPlaced.at("/properties/items/items/$ref").asString()).isEqualTo("#/definitions/OrderLine");
        assertThat(orderPlaced
                        .at("/definitions/Money/properties/currency/pattern")
                        .asString())
                .isEqualTo("^[A-Z]{3}$");
        assertThat(orderPlaced.at("/definitions/Money").has("id")).isFalse();
        assertThat(orderPlaced.at("/definitions/Money").has("$schema")).isFalse();
    }

    @Test
    void bringsInTheFilesThatReferencedFilesReferTo() {
        JsonNode orderPlaced = inline(EventType.ORDER_PLACED);

        assertThat(orderPlaced.at("/definitions/OrderLine/properties/sku/$ref").asString())
                .isEqualTo("#/definitions/Sku");
        assertThat(orderPlaced.at("/definitions/Sku/pattern").asString()).isEqualTo("^[A-Za-z0-9_-]+$");
        assertThat(orderPlaced.path("definitions").propertyNames())
                .containsExactlyInAnyOrder("Address", "Money", "OrderLine", "Sku");
    }

    @Test
    void leavesNoReferenceToAnotherFileInAnyEventSchema() {
        for (EventType type : EventType.values()) {
            assertThat(externalReferences(inline(type))).as(type.detailType()).isEmpty();
        }
    }

    @Test
    void inlinedSchemasAcceptTheValidExamplesAndRejectWhatTheReferencedTypesForbid() {
        for (EventType type : EventType.values()) {
            JsonNode data =
                    EventJson.mapper().readTree(ExampleEvents.valid(type)).at("/detail/data");
            assertThat(draft4(inline(type)).validate(data))
                    .as(type.detailType())
                    .isEmpty();
        }
        for (ExampleEvents.Invalid invalid :
                List.of(ExampleEvents.Invalid.NEGATIVE_QUANTITY, ExampleEvents.Invalid.WRONG_TYPE)) {
            JsonNode envelope = EventJson.mapper().readTree(invalid.json());
            EventType type =
                    EventType.of(envelope.path("detail-type").asString()).orElseThrow();
            assertThat(draft4(inline(type)).validate(envelope.at("/detail/data")))
                    .as(invalid.name())
                    .isNotEmpty();
        }
    }

    @Test
    void keepsTheRootsOwnDefinitionsAndTurnsAReferenceToItsOwnFileIntoTheRoot() {
        JsonNode tree = EventJson.mapper().readTree(inliner.inline("inliner/Tree.json"));

        assertThat(tree.at("/properties/label/$ref").asString()).isEqualTo("#/definitions/Label");
        assertThat(tree.at("/properties/children/items/$ref").asString()).isEqualTo("#");
        assertThat(tree.path("definitions").propertyNames()).containsExactly("Label");
    }

    @Test
    void rejectsAReferenceIntoAPartOfAnotherFile() {
        assertThatThrownBy(() -> inliner.inline("inliner/PartOfAnotherFile.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Tree.json#/definitions/Label");
    }

    private JsonNode inline(EventType type) {
        return EventJson.mapper().readTree(inliner.inline(type.schemaPath()));
    }

    private static Schema draft4(JsonNode schema) {
        assertThat(externalReferences(schema)).isEmpty(); // else the validator would try to fetch them
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
    }

    static List<String> externalReferences(JsonNode schema) {
        List<String> references = new ArrayList<>();
        collectExternalReferences(schema, references);
        return references;
    }

    private static void collectExternalReferences(JsonNode node, List<String> references) {
        JsonNode ref = node.path("$ref");
        if (ref.isString() && !ref.asString().startsWith("#")) {
            references.add(ref.asString());
        }
        node.values().forEach(child -> collectExternalReferences(child, references));
    }
}
