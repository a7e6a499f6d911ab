package io.shoponevents.ordering.cart.domain;

/** What happened to a cart, with the cart as it is afterwards. */
public sealed interface CartChange {

    Cart cart();

    /** A new, empty cart; it emits nothing (the catalog has no event for it). */
    record Opened(Cart cart) implements CartChange {}

    /** {@code added} is what the customer put in: its quantity is the increase, its price the line's new price. */
    record ItemAdded(Cart cart, CartItem added) implements CartChange {}

    record ItemRemoved(Cart cart, CartItem removed) implements CartChange {}
}
