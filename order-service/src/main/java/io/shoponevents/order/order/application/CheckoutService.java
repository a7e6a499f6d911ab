package io.shoponevents.order.order.application;

import io.shoponevents.order.cart.application.CartRepository;
import io.shoponevents.order.cart.domain.Cart;
import io.shoponevents.order.order.domain.Order;
import io.shoponevents.order.order.domain.OrderLine;
import io.shoponevents.order.order.domain.ShippingAddress;
import io.shoponevents.runtime.application.OptimisticRetry;
import io.shoponevents.runtime.domain.NotFound;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

/** Checkout: turns an open cart into a PENDING order and closes the cart, in one write with OrderPlaced. */
@Service
public class CheckoutService {

    private static final Logger log = LoggerFactory.getLogger(CheckoutService.class);

    private final CartRepository carts;
    private final OrderRepository orders;
    private final Clock clock;

    public CheckoutService(CartRepository carts, OrderRepository orders, Clock clock) {
        this.carts = carts;
        this.orders = orders;
        this.clock = clock;
    }

    public Order checkout(String cartId, String email, ShippingAddress shippingAddress) {
        return OptimisticRetry.run(() -> {
            Cart cart = carts.find(cartId).orElseThrow(() -> new NotFound("cart", cartId));
            String orderId = "ord-" + UUID.randomUUID();
            Cart checkedOut = cart.checkOut(orderId);
            Order order = Order.place(
                    orderId,
                    cart.id(),
                    cart.customerId(),
                    email,
                    shippingAddress,
                    cart.items().stream()
                            .map(item -> new OrderLine(item.sku(), item.quantity(), item.unitPrice()))
                            .toList(),
                    clock.instant());
            orders.place(order, checkedOut);
            try (var ignored = MDC.putCloseable("orderId", orderId)) {
                log.info("cart {} checked out: order {} PENDING, total {}", cartId, orderId, order.total());
            }
            return order;
        });
    }
}
