package io.shoponevents.ordering.order.application;

import io.shoponevents.ordering.order.domain.Order;
import io.shoponevents.ordering.order.domain.OrderChange;
import io.shoponevents.ordering.order.domain.OrderStatus;
import io.shoponevents.runtime.application.OptimisticRetry;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Moves an order along the saga as inventory and shipping report back. An event that does not fit the order's
 * current status (a late or duplicate one, or one about an unknown order) changes nothing; it is only recorded as
 * handled, so it is acknowledged and never comes back.
 */
@Service
public class OrderProgressService {

    private static final Logger log = LoggerFactory.getLogger(OrderProgressService.class);

    private final OrderRepository orders;
    private final Clock clock;

    public OrderProgressService(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    public void confirm(String orderId, CausingEvent cause) {
        advance(orderId, cause, OrderStatus.CONFIRMED, (order, at) -> order.confirm(cause, at));
    }

    public void reject(String orderId, String reason, CausingEvent cause) {
        advance(orderId, cause, OrderStatus.REJECTED, (order, at) -> order.reject(reason, cause, at));
    }

    public void ship(String orderId, CausingEvent cause) {
        advance(orderId, cause, OrderStatus.SHIPPED, (order, at) -> order.ship(cause, at));
    }

    public void deliver(String orderId, CausingEvent cause) {
        advance(orderId, cause, OrderStatus.DELIVERED, (order, at) -> order.deliver(cause, at));
    }

    private void advance(
            String orderId, CausingEvent cause, OrderStatus next, BiFunction<Order, Instant, OrderChange> change) {
        OptimisticRetry.run(() -> {
            Optional<Order> order = orders.find(orderId);
            if (order.isEmpty()) {
                log.warn(
                        "{} {} is about unknown order {}; acknowledged, nothing changed",
                        cause.eventType(),
                        cause.eventId(),
                        orderId);
                orders.skip(cause);
            } else if (!order.get().canMoveTo(next)) {
                log.warn(
                        "{} {} does not fit order {} in status {} (late or redelivered); acknowledged, nothing changed",
                        cause.eventType(),
                        cause.eventId(),
                        orderId,
                        order.get().status());
                orders.skip(cause);
            } else if (orders.save(change.apply(order.get(), clock.instant())) == CommitResult.COMMITTED) {
                log.info("order {} is {} after {} {}", orderId, next, cause.eventType(), cause.eventId());
            }
            return null;
        });
    }
}
