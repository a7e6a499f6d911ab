package io.shoponevents.order.cart.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CreateCartRequest(
        @Schema(example = "cust-1042") @NotBlank @Size(max = 64)
        String customerId) {}
