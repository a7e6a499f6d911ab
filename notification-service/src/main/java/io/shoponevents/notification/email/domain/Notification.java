package io.shoponevents.notification.email.domain;

import java.time.Instant;

/**
 * The record of one email sent to a customer: to whom, which template, for which event, and SES's message id. An email
 * about an order names the order; a reminder of a cart names the cart instead (and the cart's last event).
 */
public record Notification(
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
        Instant sentAt) {}
