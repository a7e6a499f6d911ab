package io.shoponevents.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventValidatorTests {

    private final EventValidator validator = new EventValidator();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void acceptsTheExampleOfEveryEventType(EventType type) {
        assertThat(validator.validateEnvelope(ExampleEvents.valid(type))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ExampleEvents.Invalid.class)
    void namesTheOffendingFieldOfEveryInvalidExample(ExampleEvents.Invalid example) {
        assertThat(validator.validateEnvelope(example.json()))
                .extracting(Violation::field)
                .contains(example.offendingField());
    }

    @Test
    void validatesEventFieldsByDetailType() {
        String data = """
                {"orderId": "o-1", "items": [{"sku": "MUG-BLUE", "quantity": 0}]}
                """;

        assertThat(validator.validate("StockReserved", data))
                .singleElement()
                .extracting(Violation::field)
                .isEqualTo("items[0].quantity");
    }

    @Test
    void namesEveryMissingRequiredField() {
        assertThat(validator.validate("OrderRejected", "{\"orderId\": \"o-1\"}"))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("customerId", "email", "reason");
    }

    @Test
    void rejectsAnUnknownDetailType() {
        assertThat(validator.validate("OrderTeleported", "{}")).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("detail-type");
            assertThat(violation.message()).contains("OrderTeleported").contains("OrderPlaced");
        });
    }

    @Test
    void rejectsAMalformedEmailAddress() {
        String data = """
                {"orderId": "o-1", "customerId": "c-1", "email": "not-an-address", "reason": "none left"}
                """;

        assertThat(validator.validate("OrderRejected", data))
                .extracting(Violation::field)
                .containsExactly("email");
    }

    @Test
    void reportsMalformedJsonAsTheWholeDocument() {
        assertThat(validator.validate("OrderPlaced", "{\"orderId\": "))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("$");
                    assertThat(violation.message()).startsWith("not valid JSON");
                });
    }
}
