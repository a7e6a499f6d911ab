package io.shoponevents.ordering.cart.application;

import io.shoponevents.ordering.cart.domain.Cart;
import io.shoponevents.ordering.cart.domain.CartChange;
import io.shoponevents.runtime.domain.CommitResult;
import java.util.Optional;

/** Where carts are kept. Writes refuse a cart that changed since it was read ({@code ConcurrentChange}). */
public interface CartRepository {

    Optional<Cart> find(String cartId);

    /** Stores the cart as the change left it and the event the change emits, together. */
    CommitResult save(CartChange change);
}
