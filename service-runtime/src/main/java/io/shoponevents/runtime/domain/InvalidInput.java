package io.shoponevents.runtime.domain;

import java.util.List;

/**
 * A value the service cannot take, found beyond the request's own checks: for example an email whose domain the event
 * contract does not accept, or two query parameters of which exactly one must be given. Names the request fields at
 * fault. Answered with 400.
 */
public class InvalidInput extends RuntimeException {

    private final List<String> fields;

    public InvalidInput(String field, String message) {
        this(List.of(field), message);
    }

    public InvalidInput(List<String> fields, String message) {
        super(message);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("invalid input names at least one field");
        }
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }
}
