package io.shoponevents.notification.email;

import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.outbox.TransactionalOutbox;
import io.shoponevents.runtime.outbox.UnitOfWork;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends the email a notice calls for and records it, once per event.
 *
 * <p>An email cannot join a DynamoDB transaction, so this checks the inbox first (a redelivered event sends nothing),
 * sends, then commits the record together with the inbox entry. Delivery is therefore at least once: if the service
 * stops between the send and the commit, or two deliveries of one event race past the check, the customer gets the
 * email twice; only one record is kept.
 */
@Service
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final EmailSender sender;
    private final NotificationRepository notifications;
    private final TransactionalOutbox outbox;
    private final Clock clock;

    Notifier(EmailSender sender, NotificationRepository notifications, TransactionalOutbox outbox, Clock clock) {
        this.sender = sender;
        this.notifications = notifications;
        this.outbox = outbox;
        this.clock = clock;
    }

    void notify(Notice notice) {
        if (outbox.hasHandled(notice.eventId())) {
            log.info("{} {} was notified before; no second email", notice.eventType(), notice.eventId());
            return;
        }
        RenderedEmail email = notice.render();
        String messageId = sender.send(notice.recipient(), email);
        Notification notification = new Notification(
                UUID.randomUUID().toString(),
                notice.orderId(),
                notice.customerId(),
                notice.recipient(),
                notice.template().templateName(),
                email.subject(),
                notice.eventId(),
                notice.eventType(),
                messageId,
                clock.instant());
        CommitResult result = outbox.commit(
                new UnitOfWork().write(notifications.insert(notification)).consumes(notice.eventId()));
        if (result == CommitResult.ALREADY_HANDLED) {
            log.warn(
                    "{} {} was handled concurrently: its email went out twice (SES message {})",
                    notice.eventType(),
                    notice.eventId(),
                    messageId);
            return;
        }
        log.info("sent {} email for order {} (SES message {})", notification.template(), notice.orderId(), messageId);
    }
}
