package io.shoponevents.ordering.cart.adapter.in.web;

import io.shoponevents.ordering.cart.application.CustomerEmail;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new cart; {@code email}, where given, is where the customer is reminded of a cart left behind. */
record CreateCartRequest(
        @Schema(example = "cust-1042") @NotBlank @Size(max = 64)
        String customerId,

        // Left out or null: no email, no reminders.
        @Schema(
                example = "ada@example.com",
                types = {"string", "null"})
        @Size(max = 254)
        @Email(regexp = CustomerEmail.PATTERN)
        String email) {

    /** The customer's email as the contract accepts it; null when none was given. */
    CustomerEmail customerEmail() {
        return email == null ? null : new CustomerEmail(email);
    }
}
