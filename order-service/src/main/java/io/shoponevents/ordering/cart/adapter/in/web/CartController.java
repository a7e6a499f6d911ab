package io.shoponevents.ordering.cart.adapter.in.web;

import io.shoponevents.ordering.cart.application.CartService;
import io.shoponevents.ordering.cart.domain.Cart;
import io.shoponevents.runtime.web.NotFoundResponse;
import io.shoponevents.runtime.web.ResourceIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/carts")
@Tag(name = "Carts", description = "A customer's cart, filled before checkout")
class CartController {

    private final CartService carts;

    CartController(CartService carts) {
        this.carts = carts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an empty cart for a customer, with the email to remind them of it if they give one")
    ResponseEntity<CartResponse> open(@Valid @RequestBody CreateCartRequest request) {
        Cart cart = carts.open(request.customerId(), request.customerEmail());
        return ResponseEntity.created(URI.create("/api/carts/" + cart.id())).body(CartResponse.of(cart));
    }

    @GetMapping("/{cartId}")
    @Operation(summary = "A cart with its items and total")
    @NotFoundResponse("No cart with this id")
    CartResponse get(
            @PathVariable @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String cartId) {
        return CartResponse.of(carts.get(cartId));
    }

    @PostMapping("/{cartId}/items")
    @Operation(summary = "Put an item into the cart; the same SKU again raises its quantity (emits CartItemAdded)")
    @NotFoundResponse("No cart with this id")
    CartResponse addItem(
            @PathVariable @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String cartId,
            @Valid @RequestBody AddItemRequest request) {
        return CartResponse.of(carts.addItem(cartId, request.toItem()));
    }

    @DeleteMapping("/{cartId}/items/{sku}")
    @Operation(summary = "Take a SKU out of the cart (emits CartItemRemoved)")
    @NotFoundResponse("No cart with this id, or the SKU is not in it")
    CartResponse removeItem(
            @PathVariable @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String cartId,
            @PathVariable @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String sku) {
        return CartResponse.of(carts.removeItem(cartId, sku));
    }
}
