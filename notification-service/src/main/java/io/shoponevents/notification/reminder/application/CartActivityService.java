package io.shoponevents.notification.reminder.application;

import io.shoponevents.notification.reminder.domain.CartReminder;
import io.shoponevents.notification.reminder.domain.CartReminderChange;
import io.shoponevents.runtime.application.OptimisticRetry;
import io.shoponevents.runtime.domain.CausingEvent;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** Follows each cart through its events: items in and out, and its checkout, which ends its reminder. */
@Service
public class CartActivityService {

    private final CartReminderRepository carts;

    CartActivityService(CartReminderRepository carts) {
        this.carts = carts;
    }

    public void itemAdded(String cartId, String customerId, String email, String sku, Instant at, CausingEvent cause) {
        change(cartId, cause, cart -> cart.itemAdded(customerId, email, sku, at, cause));
    }

    public void itemRemoved(
            String cartId, String customerId, String email, String sku, Instant at, CausingEvent cause) {
        change(cartId, cause, cart -> cart.itemRemoved(customerId, email, sku, at, cause));
    }

    public void checkedOut(String cartId, CausingEvent cause) {
        change(cartId, cause, cart -> cart.checkedOut(cause));
    }

    private void change(
            String cartId, CausingEvent cause, Function<CartReminder, Optional<CartReminderChange>> change) {
        OptimisticRetry.run(() -> change.apply(carts.find(cartId).orElseGet(() -> CartReminder.newCart(cartId)))
                .map(carts::save)
                .orElseGet(() -> carts.skip(cause)));
    }
}
