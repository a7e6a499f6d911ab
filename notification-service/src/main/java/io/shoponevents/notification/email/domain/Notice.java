package io.shoponevents.notification.email.domain;

import io.shoponevents.runtime.domain.CausingEvent;
import java.time.Instant;
import java.util.Map;

/**
 * What to tell a customer, and why: the event that calls for an email, its recipient, and the fields its template is
 * filled with.
 */
public record Notice(
        String eventId,
        String eventType,
        String orderId,
        String customerId,
        String recipient,
        EmailTemplate template,
        Map<String, String> fields) {

    public Notice {
        fields = Map.copyOf(fields);
    }

    public CausingEvent cause() {
        return new CausingEvent(eventId, eventType);
    }

    public RenderedEmail render() {
        return template.render(fields);
    }

    /** The email went out as {@code email}, and SES gave it {@code sesMessageId}. */
    public NotificationChange.Sent sent(String notificationId, RenderedEmail email, String sesMessageId, Instant at) {
        return new NotificationChange.Sent(
                new Notification(
                        notificationId,
                        orderId,
                        null,
                        new Recipient(customerId, recipient),
                        template.templateName(),
                        email.subject(),
                        cause(),
                        sesMessageId,
                        at),
                cause());
    }
}
