package io.shoponevents.ordering.cart.application;

import io.shoponevents.ordering.cart.domain.Cart;
import io.shoponevents.ordering.cart.domain.CartItem;
import io.shoponevents.runtime.application.OptimisticRetry;
import io.shoponevents.runtime.domain.NotFound;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** A customer's cart: opening it, and putting items in and taking them out. */
@Service
public class CartService {

    private static final Logger log = LoggerFactory.getLogger(CartService.class);

    private final CartRepository carts;
    private final Clock clock;

    public CartService(CartRepository carts, Clock clock) {
        this.carts = carts;
        this.clock = clock;
    }

    /** Opens an empty cart; {@code email} is null when the customer gave none. */
    public Cart open(String customerId, CustomerEmail email) {
        var opened = Cart.open(
                "cart-" + UUID.randomUUID(), customerId, email == null ? null : email.address(), clock.instant());
        carts.save(opened);
        log.info("opened cart {} for customer {}", opened.cart().id(), customerId);
        return opened.cart();
    }

    public Cart get(String cartId) {
        return carts.find(cartId).orElseThrow(() -> new NotFound("cart", cartId));
    }

    public Cart addItem(String cartId, CartItem item) {
        return OptimisticRetry.run(() -> {
            var change = get(cartId).add(item);
            carts.save(change);
            log.info("added {} x {} at {} to cart {}", item.quantity(), item.sku(), item.unitPrice(), cartId);
            return change.cart();
        });
    }

    public Cart removeItem(String cartId, String sku) {
        return OptimisticRetry.run(() -> {
            var change = get(cartId).remove(sku);
            carts.save(change);
            log.info("removed {} from cart {}", sku, cartId);
            return change.cart();
        });
    }
}
