package io.shoponevents.ordering.order.domain;

import java.util.Objects;

/** Where the order goes. */
public record ShippingAddress(String name, String line1, String city, String postalCode, String country) {

    public ShippingAddress {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(country, "country");
    }
}
