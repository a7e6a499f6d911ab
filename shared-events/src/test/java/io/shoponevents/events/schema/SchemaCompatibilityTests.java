package io.shoponevents.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SchemaCompatibilityTests {

    /** A released schema in the style of the contract: required fields, a nested object, an array, an enum. */
    private static final String RELEASED = """
            {"type": "object",
             "properties": {
               "orderId": {"type": "string", "minLength": 1, "maxLength": 64},
               "status": {"type": "string", "enum": ["PENDING", "CONFIRMED"]},
               "note": {"type": "string"},
               "total": {"type": "object",
                         "properties": {"amount": {"type": "number", "minimum": 0},
                                        "currency": {"type": "string", "pattern": "^[A-Z]{3}$"}},
                         "required": ["amount", "currency"]},
               "items": {"type": "array", "minItems": 1,
                         "items": {"type": "object",
                                   "properties": {"sku": {"type": "string"}, "quantity": {"type": "integer", "minimum": 1}},
                                   "required": ["sku", "quantity"]}}},
             "required": ["orderId", "status", "total", "items"]}
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a removed property           | /properties/note                                          | REMOVE | ''                      | note                  | removed or renamed",
                "a removed nested property    | /properties/items/items/properties/quantity               | REMOVE | ''                      | items[].quantity      | removed or renamed",
                "a narrowed type              | /properties/total/properties/amount/type                  | SET    | '\"integer\"'           | total.amount          | type narrowed",
                "a narrowed enum              | /properties/status/enum                                   | SET    | '[\"PENDING\"]'         | status                | enum narrowed: [CONFIRMED]",
                "a lower maxLength            | /properties/orderId/maxLength                             | SET    | 32                      | orderId               | maxLength tightened from 64 to 32",
                "a raised minimum             | /properties/items/items/properties/quantity/minimum       | SET    | 2                       | items[].quantity      | minimum tightened from 1 to 2",
                "a changed pattern            | /properties/total/properties/currency/pattern             | SET    | '\"^[A-Z]{2}$\"'        | total.currency        | pattern changed",
                "a new format                 | /properties/note/format                                   | SET    | '\"email\"'             | note                  | format changed from none",
                "a new required field         | /required                                                 | SET    | '[\"orderId\", \"status\", \"total\", \"items\", \"note\"]' | note | newly required",
                "a field no longer required   | /required                                                 | SET    | '[\"orderId\", \"total\", \"items\"]' | status  | no longer required",
            })
    void namesTheFieldOfEveryChangeThatBreaksAConsumer(
            String change, String pointer, String operation, String value, String field, String message) {
        JsonNode working = edit(pointer, operation, value);

        assertThat(SchemaCompatibility.breakingChanges(json(RELEASED), working))
                .as(change)
                .singleElement()
                .satisfies(breaking -> {
                    assertThat(breaking.field()).isEqualTo(field);
                    assertThat(breaking.change()).startsWith(message);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a new optional property   | /properties/giftWrap                                | SET | '{\"type\": \"boolean\"}'",
                "a new optional nested one | /properties/total/properties/taxRate              | SET | '{\"type\": \"number\"}'",
                "a widened enum            | /properties/status/enum                             | SET | '[\"PENDING\", \"CONFIRMED\", \"HELD\"]'",
                "a higher maxLength        | /properties/orderId/maxLength                       | SET | 128",
                "a lower minimum           | /properties/items/items/properties/quantity/minimum | SET | 0",
                "a widened type            | /properties/items/items/properties/quantity/type    | SET | '\"number\"'",
                "a dropped constraint      | /properties/total/properties/currency/pattern       | REMOVE | ''",
                "a new description         | /properties/note/description                        | SET | '\"free text\"'",
            })
    void letsAnAdditiveChangePass(String change, String pointer, String operation, String value) {
        assertThat(SchemaCompatibility.breakingChanges(json(RELEASED), edit(pointer, operation, value)))
                .as(change)
                .isEmpty();
    }

    @Test
    void findsNothingBetweenASchemaAndItself() {
        assertThat(SchemaCompatibility.breakingChanges(json(RELEASED), json(RELEASED)))
                .isEmpty();
    }

    @Test
    void reportsARenameAsTheRemovalOfTheOldName() {
        JsonNode renamed = json(RELEASED.replace("\"items\"", "\"lines\""));

        assertThat(SchemaCompatibility.breakingChanges(json(RELEASED), renamed))
                .extracting(BreakingChange::toString)
                .containsExactlyInAnyOrder("items: removed or renamed", "lines: newly required");
    }

    @Test
    void refusesANewPropertyWhereTheReleasedSchemaRefusedAdditionalOnes() {
        JsonNode closed = edit("/additionalProperties", "SET", "false");
        JsonNode extended = closed.deepCopy();
        ((ObjectNode) extended.get("properties")).set("giftWrap", json("{\"type\": \"boolean\"}"));

        assertThat(SchemaCompatibility.breakingChanges(closed, extended))
                .extracting(BreakingChange::toString)
                .containsExactly("giftWrap: added where additional properties are refused");
    }

    @Test
    void reportsEveryBreakingChangeOfOneEdit() {
        JsonNode working = edit("/properties/items/items/properties/quantity", "SET", "{\"type\": \"string\"}");

        assertThat(SchemaCompatibility.breakingChanges(json(RELEASED), working))
                .extracting(BreakingChange::toString)
                .containsExactly("items[].quantity: type narrowed from [integer] to [string]");
    }

    private static JsonNode edit(String pointer, String operation, String value) {
        JsonNode schema = json(RELEASED);
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String name = pointer.substring(pointer.lastIndexOf('/') + 1);
        var target = (ObjectNode) schema.at(parent);
        if ("REMOVE".equals(operation)) {
            assertThat(target.remove(name)).as(pointer).isNotNull();
        } else {
            target.set(name, json(value));
        }
        return schema;
    }

    private static JsonNode json(String text) {
        return EventJson.mapper().readTree(text);
    }
}
