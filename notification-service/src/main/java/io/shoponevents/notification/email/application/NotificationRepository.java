package io.shoponevents.notification.email.application;

import io.shoponevents.notification.email.domain.Notification;
import io.shoponevents.notification.email.domain.NotificationChange;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import java.util.List;

/**
 * The notifications sent, by order and by customer, oldest first. Notifications are never looked up one by one, so
 * there is no {@code find(id)}; instead, since an email cannot be taken back, {@link #hasHandled} tells before sending
 * whether the event that calls for it was handled already.
 */
public interface NotificationRepository {

    List<Notification> findByOrderId(String orderId);

    List<Notification> findByCustomerId(String customerId);

    boolean hasHandled(CausingEvent cause);

    /** Records the notification and its causing event as handled, in one transaction. */
    CommitResult save(NotificationChange change);
}
