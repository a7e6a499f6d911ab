package io.shoponevents.ordering.order.application;

import io.shoponevents.ordering.order.domain.Order;
import io.shoponevents.ordering.order.domain.OrderChange;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
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

    /**
     * Stores the order as the change left it (at checkout with the cart it was placed from), the event the change
     * emits (if any) and, when a consumed event caused it, that event's id as handled.
     *
     * @return {@link CommitResult#ALREADY_HANDLED} when the causing event had been handled before: nothing was stored
     */
    CommitResult save(OrderChange change);

    /** Records {@code event} as handled without changing anything, so that a redelivery of it is dropped. */
    CommitResult skip(CausingEvent event);
}
