package io.shoponevents.notification.reminder.application;

import io.shoponevents.notification.email.application.EmailSender;
import io.shoponevents.notification.email.domain.Notification;
import io.shoponevents.notification.email.domain.RenderedEmail;
import io.shoponevents.notification.reminder.domain.CartReminder;
import io.shoponevents.notification.reminder.domain.CartReminderChange;
import io.shoponevents.runtime.application.OptimisticRetry;
import io.shoponevents.runtime.domain.ConcurrentChange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Reminds the customer of a cart left with items for {@code shop.notification.abandoned-cart-after}, once, however
 * many instances sweep: an instance first claims the reminder with a conditional write of the cart, and only the one
 * whose claim succeeds sends it. If sending fails, it gives the claim back so that the next sweep tries again; if it
 * stops before it can, its claim runs out after {@code shop.notification.reminder-claim} and another instance takes
 * the cart. As with every email, if an instance stops between sending and recording, the email goes out again.
 */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
    private static final int CARTS_PER_SWEEP = 100;

    private final CartReminderRepository carts;
    private final EmailSender sender;
    private final Clock clock;
    private final Duration abandonedAfter;
    private final Duration claimFor;

    ReminderService(
            CartReminderRepository carts,
            EmailSender sender,
            Clock clock,
            @Value("${shop.notification.abandoned-cart-after}") Duration abandonedAfter,
            @Value("${shop.notification.reminder-claim}") Duration claimFor) {
        this.carts = carts;
        this.sender = sender;
        this.clock = clock;
        this.abandonedAfter = abandonedAfter;
        this.claimFor = claimFor;
    }

    @Scheduled(
            initialDelayString = "${shop.notification.reminder-sweep-interval}",
            fixedDelayString = "${shop.notification.reminder-sweep-interval}")
    public void remindAbandonedCarts() {
        for (String cartId : carts.findCartIdsToLookAt(clock.instant().minus(abandonedAfter), CARTS_PER_SWEEP)) {
            try {
                remind(cartId);
            } catch (RuntimeException e) {
                log.warn("could not remind cart {}; the next sweep tries again", cartId, e);
            }
        }
    }

    /** @return whether this call sent the cart's reminder */
    public boolean remind(String cartId) {
        Instant now = clock.instant();
        CartReminder due = carts.find(cartId)
                .filter(cart -> cart.isDue(now, now.minus(abandonedAfter)))
                .orElse(null);
        if (due == null) {
            return false;
        }
        CartReminderChange.Claimed claimed = due.claim(now.plus(claimFor));
        try {
            carts.save(claimed);
        } catch (ConcurrentChange lost) {
            log.info("cart {} changed or was claimed by another instance; not reminding it now", cartId);
            return false;
        }
        CartReminder cart = claimed.cart();
        RenderedEmail email = cart.reminderEmail();
        String messageId;
        try {
            messageId = sender.send(cart.email(), email);
        } catch (RuntimeException e) {
            OptimisticRetry.run(() -> carts.save(current(cartId).release()));
            throw e;
        }
        Notification notification =
                cart.reminderNotification(UUID.randomUUID().toString(), email, messageId, clock.instant());
        OptimisticRetry.run(() -> carts.save(current(cartId).reminded(notification)));
        log.info("reminded customer {} of cart {} (SES message {})", cart.customerId(), cartId, messageId);
        return true;
    }

    private CartReminder current(String cartId) {
        return carts.find(cartId).orElseThrow();
    }
}
