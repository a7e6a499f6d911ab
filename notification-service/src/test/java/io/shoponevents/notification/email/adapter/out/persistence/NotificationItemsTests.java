package io.shoponevents.notification.email.adapter.out.persistence;

import static io.shoponevents.notification.email.domain.NotificationBuilder.aNotification;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.notification.email.domain.Notification;
import io.shoponevents.runtime.domain.CausingEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationItemsTests {

    @Test
    void storesANotificationUnderItsOrderAndItsCustomer() {
        Notification notification = aNotification().forOrder("ord-1").build();

        var item = NotificationItems.toItem(notification);

        assertThat(item.get("pk").s()).isEqualTo("ORDER#ord-1");
        assertThat(item.get("sk").s())
                .isEqualTo("NOTIFICATION#2026-11-22T10:15:34.120000Z#" + notification.notificationId());
        assertThat(item.get("gsi1pk").s()).isEqualTo("CUSTOMER#cust-1042");
        assertThat(item.get("gsi1sk")).isEqualTo(item.get("sk"));
        assertThat(NotificationItems.toNotification(item)).isEqualTo(notification);
    }

    @Test
    void storesACartReminderUnderItsCartAndItsCustomer() {
        Notification built = aNotification().build();
        Notification reminder = new Notification(
                built.notificationId(),
                null,
                "cart-1",
                built.to(),
                "cart-reminder",
                "Your cart is waiting for you",
                new CausingEvent(built.eventId(), "CartItemAdded"),
                built.sesMessageId(),
                built.sentAt());

        var item = NotificationItems.toItem(reminder);

        assertThat(item.get("pk").s()).isEqualTo("CART#cart-1");
        assertThat(item.get("gsi1pk").s()).isEqualTo("CUSTOMER#cust-1042");
        assertThat(item).doesNotContainKey("orderId");
        assertThat(NotificationItems.toNotification(item)).isEqualTo(reminder);
    }

    @Test
    void sortKeysFollowTheTimeOfSending() {
        String onTheSecond = sortKey(Instant.parse("2026-11-22T10:15:34Z"));
        String later = sortKey(Instant.parse("2026-11-22T10:15:34.5Z"));

        assertThat(onTheSecond).isLessThan(later);
    }

    private static String sortKey(Instant sentAt) {
        return NotificationItems.toItem(aNotification().sentAt(sentAt).build())
                .get("sk")
                .s();
    }
}
