package io.shoponevents.ordering.order.application;

import io.shoponevents.ordering.cart.application.CartRepository;
import io.shoponevents.ordering.cart.application.CustomerEmail;
import io.shoponevents.ordering.cart.domain.Cart;
import io.shoponevents.ordering.order.domain.Order;
import io.shoponevents.ordering.order.domain.OrderChange;
import io.shoponevents.ordering.order.domain.ShippingAddress;
import io.shoponevents.runtime.application.OptimisticRetry;
import io.shoponevents.runtime.domain.NotFound;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    public Order checkout(String cartId, CustomerEmail email, ShippingAddress shippingAddress) {
        return OptimisticRetry.run(() -> {
            Cart cart = carts.find(cartId).orElseThrow(() -> new NotFound("cart", cartId));
            OrderChange.Placed placed = Order.placeFrom(
                    cart, "ord-" + UUID.randomUUID(), email.address(), shippingAddress, clock.instant());
            orders.save(placed);
            log.info(
                    "cart {} checked out: order {} PENDING, total {}",
                    cartId,
                    placed.order().id(),
                    placed.order().total());
            return placed.order();
        });
    }
}
