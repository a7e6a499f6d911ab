package io.shoponevents.ordering.order.domain;

/**
 * Where an order is in the saga, and where it may go next. A delivery can overtake the dispatch that preceded it
 * (queues do not keep order), so a confirmed order may become DELIVERED directly.
 */
public enum OrderStatus {
    PENDING,
    CONFIRMED,
    REJECTED,
    CANCELLED,
    SHIPPED,
    DELIVERED;

    public boolean canMoveTo(OrderStatus next) {
        return switch (this) {
            case PENDING -> next == CONFIRMED || next == REJECTED || next == CANCELLED;
            case CONFIRMED -> next == SHIPPED || next == DELIVERED || next == CANCELLED;
            case SHIPPED -> next == DELIVERED;
            case REJECTED, CANCELLED, DELIVERED -> false;
        };
    }
}
