package io.shoponevents.notification.email.domain;

import java.time.Instant;

/** The record of one email sent to a customer: to whom, which template, for which event, and SES's message id. */
public record Notification(
        String notificationId,
        String orderId,
        String customerId,
        String recipient,
        String template,
        String subject,
        String eventId,
        String eventType,
        String sesMessageId,
        Instant sentAt) {}
