package io.shoponevents.events.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.shoponevents.events.EventJson;
import io.shoponevents.events.EventType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ResolvedSchemaTests {

    @Test
    void replacesEveryReferenceWithTheReferencedFileAndTheFilesItRefersTo() {
        JsonNode placed =
                ResolvedSchema.onClassPath(getClass().getClassLoader()).resolve(EventType.ORDER_PLACED.schemaPath(2));

        assertThat(placed.at("/properties/lines/items/properties/sku/pattern").asString())
                .isEqualTo("^[A-Za-z0-9_-]+$");
        assertThat(placed.at("/properties/customer/required").toString()).isEqualTo("[\"customerId\",\"email\"]");
        assertThat(placed.at("/properties/total/id").isMissingNode()).isTrue();
        assertThat(placed.path("id").asString())
                .isEqualTo("https://schemas.shoponevents.io/events/v2/OrderPlaced.json");
        assertThat(placed.toString()).doesNotContain("$ref");
    }

    @Test
    void refusesACycleAndAReferenceIntoAPartOfAFile() {
        Map<String, String> files = Map.of(
                "a/A.json", "{\"properties\": {\"b\": {\"$ref\": \"B.json\"}}}",
                "a/B.json", "{\"properties\": {\"a\": {\"$ref\": \"A.json\"}}}",
                "a/C.json", "{\"properties\": {\"b\": {\"$ref\": \"B.json#/properties/a\"}}}");
        ResolvedSchema schemas =
                new ResolvedSchema(location -> EventJson.mapper().readTree(files.get(location)));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> schemas.resolve("a/A.json"))
                .withMessageContaining("cycle");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> schemas.resolve("a/C.json"))
                .withMessageContaining("B.json#/properties/a");
    }
}
