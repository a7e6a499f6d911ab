package io.shoponevents.notification.email.adapter.in.web;

import io.shoponevents.notification.email.domain.Notification;
import java.time.Instant;

/** A notification as the REST API shows it. */
record NotificationResponse(
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

    static NotificationResponse of(Notification notification) {
        return new NotificationResponse(
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
