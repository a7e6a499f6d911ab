package io.shoponevents.notification.email.domain;

import io.shoponevents.runtime.domain.CausingEvent;
import java.time.Instant;

/**
 * The record of one email sent to a customer: to whom, which template, for which event, and SES's message id. An email
 * about an order names the order; a reminder of a cart names the cart instead (and the cart's last event).
 */
public record Notification(
        String notificationId,
        String orderId,
        String cartId,
        Recipient to,
        String template,
        String subject,
        CausingEvent cause,
        String sesMessageId,
        Instant sentAt) {

    public String customerId() {
        return to.customerId();
    }

    /** The address the email went to. */
    public String recipient() {
        return to.email();
    }

    public String eventId() {
        return cause.eventId();
    }

    public String eventType() {
        return cause.eventType();
    }
}
