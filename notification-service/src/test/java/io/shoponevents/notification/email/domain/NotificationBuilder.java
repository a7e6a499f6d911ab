package io.shoponevents.notification.email.domain;

import io.shoponevents.runtime.domain.CausingEvent;
import java.time.Instant;
import java.util.UUID;

/** Notification records for tests: by default, the confirmation email of an order of customer cust-1042. */
public final class NotificationBuilder {

    private String orderId = "ord-" + UUID.randomUUID();
    private Instant sentAt = Instant.parse("2026-11-22T10:15:34.120Z");

    private NotificationBuilder() {}

    public static NotificationBuilder aNotification() {
        return new NotificationBuilder();
    }

    public NotificationBuilder forOrder(String orderId) {
        this.orderId = orderId;
        return this;
    }

    public NotificationBuilder sentAt(Instant sentAt) {
        this.sentAt = sentAt;
        return this;
    }

    public Notification build() {
        return new Notification(
                UUID.randomUUID().toString(),
                orderId,
                null,
                new Recipient("cust-1042", "ada@example.com"),
                EmailTemplate.ORDER_CONFIRMED.templateName(),
                "Your order " + orderId + " is confirmed",
                new CausingEvent(UUID.randomUUID().toString(), "OrderConfirmed"),
                "ses-message-1",
                sentAt);
    }
}
