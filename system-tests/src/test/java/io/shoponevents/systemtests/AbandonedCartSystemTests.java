package io.shoponevents.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Abandoned-cart reminders end to end: a notification instance that reminds after a few seconds of quiet sweeps
 * beside the shop's own (which waits an hour, so it never reminds these carts, but shares the queue and the table).
 */
class AbandonedCartSystemTests {

    /** Long enough for a checkout's OrderPlaced to reach notification after the cart's last item event. */
    private static final String ABANDONED_AFTER = "PT5S";

    private final ShopSystem shop = ShopSystem.get();

    @Test
    void onlyTheCartLeftWithItemsIsRemindedAndOnlyOnce() {
        shop.withAnother(
                "notification-service",
                Map.of(
                        "SHOP_NOTIFICATION_ABANDONED_CART_AFTER",
                        ABANDONED_AFTER,
                        "SHOP_NOTIFICATION_REMINDER_SWEEP_INTERVAL",
                        "PT1S"),
                reminding -> {
                    String mug = Shopper.newSku("MUG");
                    Shopper.stock(shop, mug, 10);
                    Shopper buyer = new Shopper(shop).wants(mug, 1, "12.50");
                    Shopper hesitant = new Shopper(shop).wants(mug, 2, "12.50");
                    Shopper forgetful = new Shopper(shop).wants(mug, 1, "12.50");

                    buyer.checksOut(buyer.fillsCartGivingEmail());
                    String emptied = hesitant.fillsCartGivingEmail();
                    hesitant.removes(emptied, mug);
                    // created last: once its reminder is there, the other two carts were due before it
                    String abandoned = forgetful.fillsCartGivingEmail();

                    JsonNode reminder = await().atMost(Shopper.SAGA_STEP)
                            .pollInterval(Duration.ofMillis(500))
                            .until(() -> reminders(reminding, forgetful), found -> !found.isEmpty())
                            .get(0);
                    assertThat(reminder.path("cartId").asString()).isEqualTo(abandoned);
                    assertThat(reminder.path("recipient").asString()).isEqualTo(forgetful.email());
                    assertThat(reminder.path("subject").asString()).isEqualTo("Your cart is waiting for you");

                    assertThat(reminders(reminding, buyer))
                            .as("the checked-out cart")
                            .isEmpty();
                    assertThat(reminders(reminding, hesitant))
                            .as("the emptied cart")
                            .isEmpty();
                    assertThat(reminders(reminding, forgetful))
                            .as("the abandoned cart")
                            .hasSize(1);
                });
    }

    /** The reminders the customer got, as the notification API lists them. */
    private static List<JsonNode> reminders(ShopClient notification, Shopper customer) {
        return notification
                .ok(notification.get("/api/notifications?customerId=" + customer.customerId()))
                .valueStream()
                .filter(email -> "cart-reminder".equals(email.path("template").asString()))
                .toList();
    }
}
