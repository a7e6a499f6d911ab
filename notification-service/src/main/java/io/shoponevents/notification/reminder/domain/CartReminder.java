package io.shoponevents.notification.reminder.domain;

import io.shoponevents.notification.email.domain.EmailTemplate;
import io.shoponevents.notification.email.domain.Notices;
import io.shoponevents.notification.email.domain.Notification;
import io.shoponevents.notification.email.domain.Recipient;
import io.shoponevents.notification.email.domain.RenderedEmail;
import io.shoponevents.runtime.domain.CausingEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What notification knows of a cart, to remind its customer once when the cart is left with items: who it belongs to,
 * where to write, which SKUs it holds (each with the time of the last event about it, so that events arriving out of
 * order do not bring back a removed item), when it last changed, and whether it was checked out or reminded already.
 *
 * @param email null when the customer gave none: such a cart gets no reminder
 * @param lastActivityAt null until the first item event
 * @param lastEvent the cart event that left the cart as it is: the one a reminder is about
 * @param claimedUntil while {@link ReminderStatus#CLAIMED}, until when the claiming instance has the reminder to itself
 * @param version the version it was read at, 0 when new
 */
public record CartReminder(
        String cartId,
        String customerId,
        String email,
        Map<String, ItemSeen> items,
        ReminderStatus status,
        Instant lastActivityAt,
        CausingEvent lastEvent,
        Instant claimedUntil,
        long version) {

    /** Whether the SKU is in the cart, as of the last event about it. */
    public record ItemSeen(boolean inCart, Instant at) {}

    public CartReminder {
        items = Map.copyOf(items);
    }

    public static CartReminder newCart(String cartId) {
        return new CartReminder(cartId, null, null, Map.of(), ReminderStatus.OPEN, null, null, null, 0);
    }

    public Optional<CartReminderChange> itemAdded(
            String customerId, String email, String sku, Instant at, CausingEvent cause) {
        return itemSeen(customerId, email, sku, new ItemSeen(true, at), cause)
                .map(cart -> new CartReminderChange.ItemAdded(cart, cause));
    }

    public Optional<CartReminderChange> itemRemoved(
            String customerId, String email, String sku, Instant at, CausingEvent cause) {
        return itemSeen(customerId, email, sku, new ItemSeen(false, at), cause)
                .map(cart -> new CartReminderChange.ItemRemoved(cart, cause));
    }

    /** The cart became an order: no reminder after this. */
    public Optional<CartReminderChange> checkedOut(CausingEvent cause) {
        if (status == ReminderStatus.CHECKED_OUT) {
            return Optional.empty();
        }
        return Optional.of(new CartReminderChange.CheckedOut(with(ReminderStatus.CHECKED_OUT, null), cause));
    }

    /** Whether the cart holds items, has an address to write to and was neither checked out nor reminded. */
    public boolean awaitsReminder() {
        return status == ReminderStatus.OPEN && email != null && !skusInCart().isEmpty();
    }

    /**
     * Whether a reminder is due now: the cart awaits one and has been quiet since {@code quietSince}, or an instance
     * claimed it and its claim ran out before it reminded (it stopped, say).
     */
    public boolean isDue(Instant now, Instant quietSince) {
        if (status == ReminderStatus.CLAIMED) {
            return !claimedUntil.isAfter(now);
        }
        return awaitsReminder() && !lastActivityAt.isAfter(quietSince);
    }

    /**
     * When the sweep should look at this cart, or empty when never: since the last activity while it awaits a
     * reminder, since the end of the claim while claimed.
     */
    public Optional<Instant> lookAtAfter() {
        if (status == ReminderStatus.CLAIMED) {
            return Optional.of(claimedUntil);
        }
        return awaitsReminder() ? Optional.of(lastActivityAt) : Optional.empty();
    }

    /** This instance takes the reminder until {@code until}; saving it fails if another instance got there first. */
    public CartReminderChange.Claimed claim(Instant until) {
        return new CartReminderChange.Claimed(with(ReminderStatus.CLAIMED, until));
    }

    /** The reminder could not be sent: give the claim back, so that the next sweep tries again. */
    public CartReminderChange.Released release() {
        return new CartReminderChange.Released(
                status == ReminderStatus.CLAIMED ? with(ReminderStatus.OPEN, null) : this);
    }

    /** The reminder went out; a cart checked out meanwhile stays checked out. */
    public CartReminderChange.Reminded reminded(Notification notification) {
        ReminderStatus after = status == ReminderStatus.CHECKED_OUT ? status : ReminderStatus.REMINDED;
        return new CartReminderChange.Reminded(with(after, null), notification);
    }

    public RenderedEmail reminderEmail() {
        return Notices.cartReminder(cartId, skusInCart());
    }

    public Notification reminderNotification(
            String notificationId, RenderedEmail email, String sesMessageId, Instant sentAt) {
        return new Notification(
                notificationId,
                null,
                cartId,
                new Recipient(customerId, this.email),
                EmailTemplate.CART_REMINDER.templateName(),
                email.subject(),
                lastEvent,
                sesMessageId,
                sentAt);
    }

    public List<String> skusInCart() {
        return new TreeMap<>(items)
                .entrySet().stream()
                        .filter(item -> item.getValue().inCart())
                        .map(Map.Entry::getKey)
                        .toList();
    }

    private Optional<CartReminder> itemSeen(
            String customerId, String email, String sku, ItemSeen seen, CausingEvent cause) {
        if (status == ReminderStatus.CHECKED_OUT
                || status == ReminderStatus.REMINDED
                || isStale(seen, items.get(sku))) {
            return Optional.empty();
        }
        Map<String, ItemSeen> after = new HashMap<>(items);
        after.put(sku, seen);
        boolean latest = lastActivityAt == null || !seen.at().isBefore(lastActivityAt);
        return Optional.of(new CartReminder(
                cartId,
                customerId,
                email != null ? email : this.email,
                after,
                status,
                latest ? seen.at() : lastActivityAt,
                latest ? cause : lastEvent,
                claimedUntil,
                version));
    }

    /**
     * Whether an event about a SKU is older than what is known of it. Event times have whole seconds, so an add and
     * the removal of the same SKU often share one: a removal can only follow its add, so at equal times the removal
     * wins, whichever arrives first.
     */
    private static boolean isStale(ItemSeen seen, ItemSeen before) {
        if (before == null || seen.at().isAfter(before.at())) {
            return false;
        }
        return seen.at().isBefore(before.at()) || seen.inCart() || !before.inCart();
    }

    private CartReminder with(ReminderStatus status, Instant claimedUntil) {
        return new CartReminder(
                cartId, customerId, email, items, status, lastActivityAt, lastEvent, claimedUntil, version);
    }
}
