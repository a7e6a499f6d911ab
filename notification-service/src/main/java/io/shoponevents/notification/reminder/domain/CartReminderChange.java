package io.shoponevents.notification.reminder.domain;

import io.shoponevents.notification.email.domain.Notification;
import io.shoponevents.runtime.domain.CausingEvent;

/** What happened to a cart's reminder, holding the cart afterwards and, when a consumed event caused it, that event. */
public sealed interface CartReminderChange {

    CartReminder cart();

    /** The consumed event behind the change; null for the sweep's own changes. */
    default CausingEvent cause() {
        return null;
    }

    record ItemAdded(CartReminder cart, CausingEvent cause) implements CartReminderChange {}

    record ItemRemoved(CartReminder cart, CausingEvent cause) implements CartReminderChange {}

    record CheckedOut(CartReminder cart, CausingEvent cause) implements CartReminderChange {}

    record Claimed(CartReminder cart) implements CartReminderChange {}

    record Released(CartReminder cart) implements CartReminderChange {}

    record Reminded(CartReminder cart, Notification notification) implements CartReminderChange {}
}
