package io.shoponevents.runtime.domain;

/**
 * A value the service cannot take, found beyond the request's own checks: for example an email whose domain the event
 * contract does not accept. Names the request field at fault. Answered with 400.
 */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
