package io.shoponevents.storefront.api;

import java.util.List;

/**
 * A service refused a request (a 4xx problem detail) or did not answer. The message is what the page shows; the
 * field errors name the form fields at fault, as the service named them ({@code shippingAddress.city}).
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final List<FieldError> fieldErrors;

    public ServiceProblem(int status, String message, List<FieldError> fieldErrors) {
        super(message);
        this.status = status;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public record FieldError(String field, String message) {}

    /** The HTTP status the page answers with: the service's own 4xx, or 502 where it failed or did not answer. */
    public int status() {
        return status;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
