package io.shoponevents.notification.reminder.domain;

/** Where a cart is on the way to its one reminder. */
public enum ReminderStatus {
    /** Items may come and go; reminded once it has items, an address and has been quiet long enough. */
    OPEN,
    /** An instance is sending the reminder. */
    CLAIMED,
    REMINDED,
    /** It became an order: no reminder. */
    CHECKED_OUT
}
