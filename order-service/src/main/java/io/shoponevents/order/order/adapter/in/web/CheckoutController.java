package io.shoponevents.order.order.adapter.in.web;

import io.shoponevents.order.order.application.CheckoutService;
import io.shoponevents.order.order.domain.Order;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
    @ApiResponse(responseCode = "404", description = "No cart with this id")
    @Operation(
            summary = "Check out a cart",
            description = "Places a PENDING order with the total computed from the cart, closes the cart and emits "
                    + "OrderPlaced. 409 for an empty cart or one checked out already.")
    ResponseEntity<OrderResponse> checkout(@PathVariable String cartId, @Valid @RequestBody CheckoutRequest request) {
        Order order = checkout.checkout(
                cartId, request.email(), request.shippingAddress().toAddress());
        return ResponseEntity.created(URI.create("/api/orders/" + order.id())).body(OrderResponse.of(order));
    }
}
