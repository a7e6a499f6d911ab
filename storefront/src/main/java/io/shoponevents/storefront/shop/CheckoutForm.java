package io.shoponevents.storefront.shop;

import io.shoponevents.storefront.api.Api.Address;

/** The checkout form's fields, bound from the request and shown again with the service's answer when it refuses. */
public record CheckoutForm(String email, String name, String line1, String city, String postalCode, String country) {

    static CheckoutForm empty() {
        return new CheckoutForm("", "", "", "", "", "");
    }

    /** Empty fields go to the service as they are, so that its answer names them. */
    Address address() {
        return new Address(trim(name), trim(line1), trim(city), trim(postalCode), trim(country));
    }

    String trimmedEmail() {
        return trim(email);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
