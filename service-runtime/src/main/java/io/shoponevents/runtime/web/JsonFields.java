package io.shoponevents.runtime.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Which field of a JSON body a read error is about, and what is wrong with it, in words a client can act on. */
final class JsonFields {

    private JsonFields() {}

    /**
     * The dotted path of the field, such as {@code shippingAddress.city} or {@code items[0].sku}; empty when the error
     * is about the body as a whole (not JSON, cut short). Binding errors carry their path; the two errors of the parser
     * that are about one field (a key given twice, a number too large for any type) are placed by where the parser
     * stood.
     */
    static String fieldOf(JacksonException e) {
        if (e instanceof DatabindException) {
            return pathOf(e);
        }
        if ((e instanceof InputCoercionException || duplicateKey(e)) && e.processor() instanceof JsonParser parser) {
            return pathOf(parser.streamReadContext());
        }
        return "";
    }

    static String messageOf(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (e instanceof InputCoercionException) {
            return "is out of range";
        }
        if (duplicateKey(e)) {
            return "appears more than once";
        }
        return "has a wrong type or value";
    }

    private static boolean duplicateKey(JacksonException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Duplicate Object property");
    }

    private static String pathOf(JacksonException e) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String pathOf(TokenStreamContext context) {
        String field = "";
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.currentName() != null) {
                field = at.currentName() + (field.isEmpty() || field.startsWith("[") ? "" : ".") + field;
            } else if (at.inArray()) {
                field = "[" + Math.max(at.getCurrentIndex(), 0) + "]"
                        + (field.isEmpty() || field.startsWith("[") ? "" : ".") + field;
            }
        }
        return field;
    }
}
