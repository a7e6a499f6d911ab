package io.shoponevents.ordering.order.adapter.in.web;

import io.shoponevents.ordering.cart.application.CustomerEmail;
import io.shoponevents.ordering.order.application.CheckoutService;
import io.shoponevents.ordering.order.domain.Order;
import io.shoponevents.runtime.web.NotFoundResponse;
import io.shoponevents.runtime.web.ResourceIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Checkout", description = "Turns a cart into an order")
class CheckoutController {

    private final CheckoutService checkout;

    CheckoutController(CheckoutService checkout) {
        this.checkout = checkout;
    }

    @PostMapping("/api/carts/{cartId}/checkout")
    @ResponseStatus(HttpStatus.CREATED)
    @NotFoundResponse("No cart with this id")
    @Operation(
            summary = "Check out a cart",
            description = "Places a PENDING order with the total computed from the cart, closes the cart and emits "
                    + "OrderPlaced. 409 for an empty cart or one checked out already.")
    ResponseEntity<OrderResponse> checkout(
            @PathVariable @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String cartId,
            @Valid @RequestBody CheckoutRequest request) {
        Order order = checkout.checkout(
                cartId,
                new CustomerEmail(request.email()),
                request.shippingAddress().toAddress());
        return ResponseEntity.created(URI.create("/api/orders/" + order.id())).body(OrderResponse.of(order));
    }
}
