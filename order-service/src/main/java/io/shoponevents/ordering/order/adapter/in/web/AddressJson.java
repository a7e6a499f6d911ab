package io.shoponevents.ordering.order.adapter.in.web;

import io.shoponevents.ordering.order.domain.ShippingAddress;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A shipping address on the REST API. */
record AddressJson(
        @Schema(example = "Ada Lovelace") @NotBlank @Size(max = 200)
        String name,

        @Schema(example = "12 Analytical Row") @NotBlank @Size(max = 200)
        String line1,

        @Schema(example = "London") @NotBlank @Size(max = 100)
        String city,

        @Schema(example = "N1 9GU") @NotBlank @Size(max = 20)
        String postalCode,

        @Schema(example = "GB")
        @NotNull
        @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166 alpha-2 code such as GB")
        String country) {

    static AddressJson of(ShippingAddress address) {
        return new AddressJson(
                address.name(), address.line1(), address.city(), address.postalCode(), address.country());
    }

    ShippingAddress toAddress() {
        return new ShippingAddress(name, line1, city, postalCode, country);
    }
}
