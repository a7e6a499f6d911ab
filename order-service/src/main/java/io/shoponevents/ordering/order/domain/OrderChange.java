package io.shoponevents.ordering.order.domain;

import io.shoponevents.ordering.cart.domain.Cart;
import io.shoponevents.runtime.domain.CausingEvent;
import java.util.Optional;

/** What happened to an order, with the order as it is afterwards and the consumed event behind it, if one was. */
public sealed interface OrderChange {

    Order order();

    /** The consumed event that caused the change; none where a customer's request made it. */
    default Optional<CausingEvent> causingEvent() {
        return Optional.empty();
    }

    /** A change that a consumed event caused. */
    sealed interface Caused extends OrderChange {

        CausingEvent cause();

        @Override
        default Optional<CausingEvent> causingEvent() {
            return Optional.of(cause());
        }
    }

    /** Checkout placed the order from {@code checkedOutCart}; both are stored together, or neither. */
    record Placed(Order order, Cart checkedOutCart) implements OrderChange {}

    record Confirmed(Order order, CausingEvent cause) implements Caused {}

    record Rejected(Order order, String reason, CausingEvent cause) implements Caused {}

    /** The customer cancelled; {@code previousStatus} is what the order was before. */
    record Cancelled(Order order, OrderStatus previousStatus) implements OrderChange {}

    record Shipped(Order order, CausingEvent cause) implements Caused {}

    record Delivered(Order order, CausingEvent cause) implements Caused {}
}
