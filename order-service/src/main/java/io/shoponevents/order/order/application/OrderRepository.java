package io.shoponevents.order.order.application;

import io.shoponevents.order.cart.domain.Cart;
import io.shoponevents.order.order.domain.CausingEvent;
import io.shoponevents.order.order.domain.Order;
import java.util.List;
import java.util.Optional;

/**
 * Where orders are kept. Every write stores the state and the event it emits in one transaction, and refuses an order
 * or cart that changed since it was read ({@code ConcurrentChange}, nothing written).
 */
public interface OrderRepository {

    Optional<Order> find(String orderId);

    /** The customer's orders, newest first. */
    List<Order> findByCustomer(String customerId);

    /** Stores a new order, the cart it was placed from, and the order's OrderPlaced. */
    void place(Order order, Cart checkedOutCart);

    /**
     * Stores the order's last status change, the event that change emits (if any) and, when an event caused it, that
     * event's id as handled.
     *
     * @return false when the causing event had been handled before: nothing was stored
     */
    boolean save(Order changed);

    /** Records {@code event} as handled without changing anything, so that a redelivery of it is dropped. */
    void skip(CausingEvent event);
}
