package io.shoponevents.storefront.shop;

import io.shoponevents.storefront.api.ServiceProblem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The service's field errors keyed by the checkout form's field names ({@code shippingAddress.city} is the form's
 * {@code city}), so each message sits under its field.
 */
final class FieldErrors {

    private FieldErrors() {}

    static Map<String, String> of(ServiceProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ServiceProblem.FieldError error : problem.fieldErrors()) {
            String field = error.field();
            String formField = field.substring(field.lastIndexOf('.') + 1);
            errors.merge(formField, error.message(), (first, second) -> first + "; " + second);
        }
        return errors;
    }
}
