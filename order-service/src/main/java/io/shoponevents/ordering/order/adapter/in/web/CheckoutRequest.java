package io.shoponevents.ordering.order.adapter.in.web;

import io.shoponevents.ordering.cart.application.CustomerEmail;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where to send the order and its emails. The email must have a dotted domain, as the event contract requires. */
record CheckoutRequest(
        @Schema(example = "ada@example.com") @NotBlank @Size(max = 254) @Email(regexp = CustomerEmail.PATTERN)
        String email,

        @NotNull @Valid AddressJson shippingAddress) {}
