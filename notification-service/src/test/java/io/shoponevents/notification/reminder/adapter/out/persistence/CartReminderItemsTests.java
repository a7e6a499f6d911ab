package io.shoponevents.notification.reminder.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.notification.reminder.domain.CartReminder;
import io.shoponevents.runtime.domain.CausingEvent;
import java.time.Instant;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CartReminderItemsTests {

    private static final Instant ADDED = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void cartAwaitingItsReminderIsInTheSweepIndexUnderItsShardAndLastActivity() {
        CartReminder cart = added("cart-1");

        var item = CartReminderItems.toItem(cart);

        assertThat(item.get("pk").s()).isEqualTo("CART#cart-1");
        assertThat(item.get("sk").s()).isEqualTo("REMINDER");
        assertThat(item.get("gsi1pk").s()).startsWith(CartReminderItems.SHARD_PREFIX);
        assertThat(item.get("gsi1sk").s()).isEqualTo("2026-11-22T10:00:00.000000Z#cart-1");
        assertThat(item.get("gsi1sk").s())
                .isLessThanOrEqualTo(CartReminderItems.lookAtBound(ADDED).s());
        assertThat(item.get("gsi1sk").s())
                .isGreaterThan(
                        CartReminderItems.lookAtBound(ADDED.minusMillis(1)).s());
    }

    @Test
    void checkedOutCartLeavesTheSweepIndex() {
        CartReminder cart = added("cart-1")
                .checkedOut(new CausingEvent("e2", "OrderPlaced"))
                .orElseThrow()
                .cart();

        assertThat(CartReminderItems.toItem(cart)).doesNotContainKeys("gsi1pk", "gsi1sk");
    }

    @Test
    void readsBackWhatItStored() {
        CartReminder cart = added("cart-1").claim(ADDED.plusSeconds(300)).cart();
        var item = new HashMap<>(CartReminderItems.toItem(cart));
        item.put("version", AttributeValue.fromN("0"));

        assertThat(CartReminderItems.toCart(item)).isEqualTo(cart);
    }

    private static CartReminder added(String cartId) {
        return CartReminder.newCart(cartId)
                .itemAdded("cust-1", "ada@example.com", "MUG", ADDED, new CausingEvent("e1", "CartItemAdded"))
                .orElseThrow()
                .cart();
    }
}
