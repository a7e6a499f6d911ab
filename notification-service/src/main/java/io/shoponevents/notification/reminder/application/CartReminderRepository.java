package io.shoponevents.notification.reminder.application;

import io.shoponevents.notification.reminder.domain.CartReminder;
import io.shoponevents.notification.reminder.domain.CartReminderChange;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Carts as notification knows them, for their reminders. */
public interface CartReminderRepository {

    Optional<CartReminder> find(String cartId);

    /**
     * Commits the cart as the change left it (on condition that nobody changed it since it was read), what the change
     * recorded (the reminder's notification) and its causing event as handled, in one transaction.
     *
     * @throws io.shoponevents.runtime.domain.ConcurrentChange when the cart changed since it was read
     */
    CommitResult save(CartReminderChange change);

    CommitResult skip(CausingEvent cause);

    /** Carts the sweep should look at: those whose {@link CartReminder#lookAtAfter()} is at or before {@code time}. */
    List<String> findCartIdsToLookAt(Instant time, int limit);
}
