package io.shoponevents.ordering.cart.adapter.in.web;

import io.shoponevents.ordering.cart.domain.CartItem;
import io.shoponevents.ordering.money.adapter.in.web.MoneyJson;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

record AddItemRequest(
        @Schema(example = "MUG-BLUE")
        @NotNull
        @Pattern(regexp = "^[A-Za-z0-9_-]{1,64}$", message = "must be 1 to 64 letters, digits, dashes or underscores")
        String sku,

        @Schema(example = "2") @NotNull @Min(1) @Max(CartItem.MAX_QUANTITY)
        Integer quantity,

        @NotNull @Valid MoneyJson unitPrice) {

    CartItem toItem() {
        return new CartItem(sku, quantity, unitPrice.toMoney());
    }
}
