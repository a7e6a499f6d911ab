package io.shoponevents.notification.email.adapter.in.web;

import io.shoponevents.notification.email.domain.Notification;
import java.time.Instant;

/** A notification as the REST API shows it: an order's email names the order, a cart reminder the cart. */
record NotificationResponse(
        String notificationId,
        String orderId,
        String cartId,
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
                notification.cartId(),
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
