package io.shoponevents.ordering.order.application;

import io.shoponevents.ordering.order.domain.Order;
import io.shoponevents.ordering.order.domain.OrderChange;
import io.shoponevents.runtime.application.OptimisticRetry;
import io.shoponevents.runtime.domain.NotFound;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** What a customer does with orders: look at them, and cancel one that has not shipped. */
@Service
public class OrderService {

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);

    private final OrderRepository orders;
    private final Clock clock;

    public OrderService(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    public Order get(String orderId) {
        return orders.find(orderId).orElseThrow(() -> new NotFound("order", orderId));
    }

    public List<Order> ofCustomer(String customerId) {
        return orders.findByCustomer(customerId);
    }

    /** Cancels a PENDING or CONFIRMED order; {@code reason} may be null. */
    public Order cancel(String orderId, String reason) {
        return OptimisticRetry.run(() -> {
            OrderChange.Cancelled cancelled = get(orderId).cancel(reason, clock.instant());
            orders.save(cancelled);
            log.info("order {} cancelled (was {})", orderId, cancelled.previousStatus());
            return cancelled.order();
        });
    }
}
