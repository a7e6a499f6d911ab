package io.shoponevents.order.cart.application;

import io.shoponevents.order.cart.domain.Cart;
import io.shoponevents.order.cart.domain.CartChange;
import java.util.Optional;

/** Where carts are kept. Writes refuse a cart that changed since it was read ({@code ConcurrentChange}). */
public interface CartRepository {

    Optional<Cart> find(String cartId);

    /** Stores a new cart. */
    void add(Cart cart);

    /** Stores the changed cart and the event of the change, together. */
    void save(CartChange change);
}
