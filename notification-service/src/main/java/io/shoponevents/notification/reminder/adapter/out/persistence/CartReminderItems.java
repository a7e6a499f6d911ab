package io.shoponevents.notification.reminder.adapter.out.persistence;

import static io.shoponevents.runtime.persistence.Attributes.s;
import static io.shoponevents.runtime.persistence.Attributes.string;

import io.shoponevents.notification.reminder.domain.CartReminder;
import io.shoponevents.notification.reminder.domain.CartReminder.ItemSeen;
import io.shoponevents.notification.reminder.domain.ReminderStatus;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.persistence.Attributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How a cart's reminder is stored: one item under {@code CART#<cartId>} / {@code REMINDER}, and, only while the sweep
 * should look at it, in {@code gsi1} under one of a few {@code REMINDER#<shard>} keys sorted by the time to look at it
 * from. The index is sparse (carts without email, emptied, checked out or reminded are not in it), and the shards spread
 * the waiting carts over partitions so that no one key takes every cart of the shop.
 */
final class CartReminderItems {

    static final int SHARDS = 8;
    static final String SHARD_PREFIX = "REMINDER#";

    /** Fixed width, so that keys sort in time order. */
    private static final DateTimeFormatter SORTABLE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private CartReminderItems() {}

    static Map<String, AttributeValue> key(String cartId) {
        return Map.of("pk", s("CART#" + cartId), "sk", s("REMINDER"));
    }

    /** Index sort keys up to this bound are at or before {@code time}. */
    static AttributeValue lookAtBound(Instant time) {
        return s(SORTABLE_TIME.format(time) + "#~");
    }

    static Map<String, AttributeValue> toItem(CartReminder cart) {
        Map<String, AttributeValue> item = new HashMap<>(key(cart.cartId()));
        item.put("cartId", s(cart.cartId()));
        put(item, "customerId", cart.customerId());
        put(item, "email", cart.email());
        item.put("status", s(cart.status().name()));
        item.put(
                "items",
                AttributeValue.fromM(cart.items().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, entry -> seen(entry.getValue())))));
        put(
                item,
                "lastActivityAt",
                cart.lastActivityAt() == null ? null : cart.lastActivityAt().toString());
        if (cart.lastEvent() != null) {
            item.put("lastEventId", s(cart.lastEvent().eventId()));
            item.put("lastEventType", s(cart.lastEvent().eventType()));
        }
        put(
                item,
                "claimedUntil",
                cart.claimedUntil() == null ? null : cart.claimedUntil().toString());
        cart.lookAtAfter().ifPresent(time -> {
            item.put("gsi1pk", s(SHARD_PREFIX + Math.floorMod(cart.cartId().hashCode(), SHARDS)));
            item.put("gsi1sk", s(SORTABLE_TIME.format(time) + "#" + cart.cartId()));
        });
        return item;
    }

    static CartReminder toCart(Map<String, AttributeValue> item) {
        String lastEventId = string(item, "lastEventId");
        return new CartReminder(
                string(item, "cartId"),
                string(item, "customerId"),
                string(item, "email"),
                item.get("items").m().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, entry -> seen(entry.getValue()))),
                ReminderStatus.valueOf(string(item, "status")),
                instant(item, "lastActivityAt"),
                lastEventId == null ? null : new CausingEvent(lastEventId, string(item, "lastEventType")),
                instant(item, "claimedUntil"),
                Attributes.version(item));
    }

    private static AttributeValue seen(ItemSeen seen) {
        return s((seen.inCart() ? "IN@" : "OUT@") + seen.at());
    }

    private static ItemSeen seen(AttributeValue value) {
        String[] parts = value.s().split("@", 2);
        return new ItemSeen("IN".equals(parts[0]), Instant.parse(parts[1]));
    }

    private static void put(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    private static Instant instant(Map<String, AttributeValue> item, String name) {
        String value = string(item, name);
        return value == null ? null : Instant.parse(value);
    }
}
