package io.shoponevents.notification.reminder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.runtime.domain.CausingEvent;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CartReminderTests {

    private static final Instant ADDED = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration QUIET = Duration.ofHours(1);

    private final CartReminder empty = CartReminder.newCart("cart-1");

    @Test
    void cartWithItemsAndEmailIsDueOnceQuietLongEnough() {
        CartReminder cart = added(empty, "MUG", ADDED);

        assertThat(cart.isDue(ADDED.plus(QUIET), ADDED)).isTrue();
        assertThat(cart.isDue(ADDED.plus(QUIET), ADDED.minusSeconds(1))).isFalse();
        assertThat(cart.lookAtAfter()).contains(ADDED);
        assertThat(cart.reminderEmail().body()).contains("cart-1", "  MUG");
    }

    @Test
    void cartWithoutEmailIsNeverDue() {
        CartReminder cart = empty.itemAdded("cust-1", null, "MUG", ADDED, event("e1"))
                .orElseThrow()
                .cart();

        assertThat(cart.isDue(ADDED.plus(QUIET), ADDED.plus(QUIET))).isFalse();
        assertThat(cart.lookAtAfter()).isEmpty();
    }

    @Test
    void emailGivenOnceIsKeptWhenLaterEventsCarryNone() {
        CartReminder cart = added(empty, "MUG", ADDED)
                .itemAdded("cust-1", null, "TEE", ADDED.plusSeconds(1), event("e2"))
                .orElseThrow()
                .cart();

        assertThat(cart.email()).isEqualTo("ada@example.com");
        assertThat(cart.skusInCart()).containsExactly("MUG", "TEE");
    }

    @Test
    void emptiedCartIsNotDue() {
        CartReminder cart = added(empty, "MUG", ADDED)
                .itemRemoved("cust-1", "ada@example.com", "MUG", ADDED.plusSeconds(5), event("e2"))
                .orElseThrow()
                .cart();

        assertThat(cart.isDue(ADDED.plus(QUIET), ADDED.plus(QUIET))).isFalse();
        assertThat(cart.lookAtAfter()).isEmpty();
    }

    @Test
    void removalArrivingBeforeItsAddStillEmptiesTheCart() {
        CartReminder removedFirst = empty.itemRemoved(
                        "cust-1", "ada@example.com", "MUG", ADDED.plusSeconds(5), event("e2"))
                .orElseThrow()
                .cart();

        assertThat(removedFirst.itemAdded("cust-1", "ada@example.com", "MUG", ADDED, event("e1")))
                .isEmpty();
    }

    @Test
    void removalInTheSameSecondAsItsAddEmptiesTheCartWhicheverArrivesFirst() {
        CartReminder addedFirst = added(empty, "MUG", ADDED)
                .itemRemoved("cust-1", "ada@example.com", "MUG", ADDED, event("e2"))
                .orElseThrow()
                .cart();
        CartReminder removedFirst = empty.itemRemoved("cust-1", "ada@example.com", "MUG", ADDED, event("e2"))
                .orElseThrow()
                .cart();

        assertThat(addedFirst.skusInCart()).isEmpty();
        assertThat(removedFirst.itemAdded("cust-1", "ada@example.com", "MUG", ADDED, event("e1")))
                .isEmpty();
    }

    @Test
    void checkedOutCartIsNeverDueAndIgnoresLaterItems() {
        CartReminder cart =
                added(empty, "MUG", ADDED).checkedOut(event("e2")).orElseThrow().cart();

        assertThat(cart.isDue(ADDED.plus(QUIET), ADDED.plus(QUIET))).isFalse();
        assertThat(cart.itemAdded("cust-1", "ada@example.com", "TEE", ADDED.plusSeconds(9), event("e3")))
                .isEmpty();
        assertThat(cart.checkedOut(event("e4"))).isEmpty();
    }

    @Test
    void claimedCartIsDueAgainOnlyWhenItsClaimRanOut() {
        Instant now = ADDED.plus(QUIET);
        CartReminder claimed =
                added(empty, "MUG", ADDED).claim(now.plusSeconds(300)).cart();

        assertThat(claimed.isDue(now, now)).isFalse();
        assertThat(claimed.isDue(now.plusSeconds(300), now)).isTrue();
        assertThat(claimed.release().cart().isDue(now, now)).isTrue();
    }

    @Test
    void remindedCartIsNotRemindedAgain() {
        CartReminder cart = added(empty, "MUG", ADDED);
        var email = cart.reminderEmail();
        CartReminder reminded = cart.claim(ADDED.plus(QUIET))
                .cart()
                .reminded(cart.reminderNotification("n-1", email, "ses-1", ADDED.plus(QUIET)))
                .cart();

        assertThat(reminded.status()).isEqualTo(ReminderStatus.REMINDED);
        assertThat(reminded.isDue(ADDED.plus(QUIET.multipliedBy(2)), ADDED.plus(QUIET)))
                .isFalse();
        assertThat(reminded.lookAtAfter()).isEmpty();
    }

    private static CartReminder added(CartReminder cart, String sku, Instant at) {
        return cart.itemAdded("cust-1", "ada@example.com", sku, at, event("add-" + sku))
                .orElseThrow()
                .cart();
    }

    private static CausingEvent event(String id) {
        return new CausingEvent(id, "CartItemAdded");
    }
}
