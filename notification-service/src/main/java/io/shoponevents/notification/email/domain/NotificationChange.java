package io.shoponevents.notification.email.domain;

import io.shoponevents.runtime.domain.CausingEvent;

/** What happened to a customer's notifications: an email went out, because of the event that called for it. */
public sealed interface NotificationChange {

    Notification notification();

    CausingEvent cause();

    record Sent(Notification notification, CausingEvent cause) implements NotificationChange {}
}
