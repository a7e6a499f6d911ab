package io.shoponevents.notification.email.adapter.out.persistence;

import static io.shoponevents.runtime.persistence.Attributes.s;
import static io.shoponevents.runtime.persistence.Attributes.string;

import io.shoponevents.notification.email.domain.Notification;
import io.shoponevents.notification.email.domain.Recipient;
import io.shoponevents.runtime.domain.CausingEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How notifications are stored: under their order ({@code ORDER#<orderId>}), or a cart reminder under its cart
 * ({@code CART#<cartId>}), and, through {@code gsi1}, under their customer ({@code CUSTOMER#<customerId>}), all sorted
 * by {@code NOTIFICATION#<sentAt>#<id>}.
 */
public final class NotificationItems {

    static final String SORT_PREFIX = "NOTIFICATION#";
    private static final String CART_PREFIX = "CART#";

    /** Fixed width, so that keys sort in time order. */
    private static final DateTimeFormatter SORTABLE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private NotificationItems() {}

    static AttributeValue orderKey(String orderId) {
        return s("ORDER#" + orderId);
    }

    static AttributeValue customerKey(String customerId) {
        return s("CUSTOMER#" + customerId);
    }

    public static Map<String, AttributeValue> toItem(Notification notification) {
        AttributeValue sortKey =
                s(SORT_PREFIX + SORTABLE_TIME.format(notification.sentAt()) + "#" + notification.notificationId());
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(
                "pk",
                notification.orderId() != null
                        ? orderKey(notification.orderId())
                        : s(CART_PREFIX + notification.cartId()));
        item.put("sk", sortKey);
        item.put("gsi1pk", customerKey(notification.customerId()));
        item.put("gsi1sk", sortKey);
        item.put("notificationId", s(notification.notificationId()));
        if (notification.orderId() != null) {
            item.put("orderId", s(notification.orderId()));
        }
        if (notification.cartId() != null) {
            item.put("cartId", s(notification.cartId()));
        }
        item.put("customerId", s(notification.customerId()));
        item.put("recipient", s(notification.recipient()));
        item.put("template", s(notification.template()));
        item.put("subject", s(notification.subject()));
        item.put("eventId", s(notification.eventId()));
        item.put("eventType", s(notification.eventType()));
        item.put("sesMessageId", s(notification.sesMessageId()));
        item.put("sentAt", s(notification.sentAt().toString()));
        return item;
    }

    static Notification toNotification(Map<String, AttributeValue> item) {
        return new Notification(
                string(item, "notificationId"),
                string(item, "orderId"),
                string(item, "cartId"),
                new Recipient(string(item, "customerId"), string(item, "recipient")),
                string(item, "template"),
                string(item, "subject"),
                new CausingEvent(string(item, "eventId"), string(item, "eventType")),
                string(item, "sesMessageId"),
                Instant.parse(string(item, "sentAt")));
    }
}
