package io.shoponevents.runtime.web;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads an integer field as JSON Schema defines {@code integer}: {@code 2}, {@code 2.0} and {@code 2e0} are the number
 * two, while {@code 2.5} is refused instead of being cut to 2, and a value beyond the type's range is reported as out
 * of range. Anything but a number (such as {@code "2"}) is refused as well.
 */
final class WholeNumbers extends StdDeserializer<Integer> {

    private WholeNumbers() {
        super(Integer.class);
    }

    static SimpleModule module() {
        return new SimpleModule("WholeNumbers").addDeserializer(Integer.class, new WholeNumbers());
    }

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
            return parser.getIntValue();
        }
        if (parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            BigDecimal value = parser.getDecimalValue();
            if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
                return (Integer) context.reportInputMismatch(this, "%s is not a whole number", value);
            }
            return parser.getIntValue();
        }
        return (Integer) context.handleUnexpectedToken(Integer.class, parser);
    }
}
