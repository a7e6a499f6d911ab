package io.shoponevents.ordering.cart.application;

import com.networknt.schema.format.EmailFormat;
import io.shoponevents.runtime.domain.InvalidInput;
import java.util.Objects;

/**
 * An email a customer gives for a cart or an order, as the events that carry it accept it: their schemas declare it
 * {@code format: email}, which also wants a top-level domain that exists. An address the contract would refuse is
 * refused here, naming the request's field, before anything is written.
 */
public record CustomerEmail(String address) {

    /** The shape a request's email must have: a dotted domain, as the contract requires (for the OpenAPI document). */
    public static final String PATTERN = "^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$";

    private static final EmailFormat CONTRACT_FORMAT = new EmailFormat();

    public CustomerEmail {
        Objects.requireNonNull(address, "address");
        if (!CONTRACT_FORMAT.matches(null, address)) {
            throw new InvalidInput(
                    "email", "'email' is not accepted by the event contract: " + address + " has no known domain");
        }
    }
}
