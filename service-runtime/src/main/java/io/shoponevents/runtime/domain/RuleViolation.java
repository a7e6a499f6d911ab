package io.shoponevents.runtime.domain;

import java.util.Optional;

/**
 * A well-formed request that a business rule refuses in the current state: checking out an empty cart, cancelling a
 * delivered order, delivering a shipment that was never dispatched. Names the request field at fault where there is
 * one. Answered with 409.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String message) {
        this(null, message);
    }

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
