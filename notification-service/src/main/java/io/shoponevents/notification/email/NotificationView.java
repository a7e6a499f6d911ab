package io.shoponevents.notification.email;

import java.time.Instant;

/** A notification as the REST API shows it. */
record NotificationView(
        String notificationId,
        String orderId,
        String customerId,
        String recipient,
        String template,
        String subject,
        String eventId,
        String eventType,
        String sesMessageId,
        Instant sentAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(
                notification.notificationId(),
                notification.orderId(),
                notification.customerId(),
                notification.recipient(),
                notification.template(),
                notification.subject(),
                notification.eventId(),
                notification.eventType(),
                notification.sesMessageId(),
                notification.sentAt());
    }
}
