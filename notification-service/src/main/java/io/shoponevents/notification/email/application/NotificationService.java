package io.shoponevents.notification.email.application;

import io.shoponevents.notification.email.domain.Notice;
import io.shoponevents.notification.email.domain.Notification;
import io.shoponevents.notification.email.domain.NotificationChange;
import io.shoponevents.notification.email.domain.RenderedEmail;
import io.shoponevents.runtime.domain.CommitResult;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends the email a notice calls for and records it, once per event; and lists what was sent.
 *
 * <p>An email cannot join a DynamoDB transaction, so this checks the inbox first (a redelivered event sends nothing),
 * sends, then commits the record together with the inbox entry. Delivery is therefore at least once: if the service
 * stops between the send and the commit, or two deliveries of one event race past the check, the customer gets the
 * email twice; only one record is kept.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final EmailSender sender;
    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(EmailSender sender, NotificationRepository notifications, Clock clock) {
        this.sender = sender;
        this.notifications = notifications;
        this.clock = clock;
    }

    public void notify(Notice notice) {
        if (notifications.hasHandled(notice.cause())) {
            log.info("{} {} was notified before; no second email", notice.eventType(), notice.eventId());
            return;
        }
        RenderedEmail email = notice.render();
        String messageId = sender.send(notice.recipient(), email);
        NotificationChange change = notice.sent(UUID.randomUUID().toString(), email, messageId, clock.instant());
        if (notifications.save(change) == CommitResult.ALREADY_HANDLED) {
            log.warn(
                    "{} {} was handled concurrently: its email went out twice (SES message {})",
                    notice.eventType(),
                    notice.eventId(),
                    messageId);
            return;
        }
        log.info(
                "sent {} email for order {} (SES message {})",
                notice.template().templateName(),
                notice.orderId(),
                messageId);
    }

    public List<Notification> ofOrder(String orderId) {
        return notifications.findByOrderId(orderId);
    }

    public List<Notification> ofCustomer(String customerId) {
        return notifications.findByCustomerId(customerId);
    }
}
