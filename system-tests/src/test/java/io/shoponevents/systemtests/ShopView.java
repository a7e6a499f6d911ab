package io.shoponevents.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The four services' REST APIs, wherever they run, with the waits a saga test needs. */
record ShopView(ShopClient order, ShopClient inventory, ShopClient shipping, ShopClient notification) {

    private static final Duration POLL = Duration.ofMillis(200);

    static ShopView of(ShopSystem shop) {
        return new ShopView(shop.order, shop.inventory, shop.shipping, shop.notification);
    }

    /** The order's one shipment, once it has the status. */
    JsonNode awaitShipment(String orderId, String status) {
        return await().atMost(Shopper.SAGA_STEP)
                .pollInterval(POLL)
                .until(
                        () -> shipping.ok(shipping.get("/api/shipments?orderId=" + orderId))
                                .valueStream()
                                .toList(),
                        found -> found.size() == 1
                                && status.equals(found.get(0).path("status").asString()))
                .get(0);
    }

    /** The warehouse dispatches the shipment and the carrier delivers it; returns the order once DELIVERED. */
    JsonNode shipAndDeliver(Shopper customer, String orderId, String shipmentId) {
        shipping.ok(shipping.post("/api/shipments/" + shipmentId + "/dispatch", Map.of()));
        customer.awaitStatus(orderId, "SHIPPED");
        shipping.ok(shipping.post("/api/shipments/" + shipmentId + "/deliver", Map.of()));
        return customer.awaitStatus(orderId, "DELIVERED");
    }

    /** The emails recorded for the order, once there are at least {@code count}. */
    List<JsonNode> awaitEmails(String orderId, int count) {
        return await().atMost(Shopper.SAGA_STEP)
                .pollInterval(POLL)
                .until(
                        () -> notification
                                .ok(notification.get("/api/notifications?orderId=" + orderId))
                                .valueStream()
                                .toList(),
                        emails -> emails.size() >= count);
    }

    /** Waits for the order's emails and checks that the customer got one for each of these events, and no other. */
    void assertEmailed(String orderId, Shopper customer, String... eventTypes) {
        assertThat(awaitEmails(orderId, eventTypes.length))
                .allSatisfy(
                        email -> assertThat(email.path("recipient").asString()).isEqualTo(customer.email()))
                .extracting(email -> email.path("eventType").asString())
                .containsExactlyInAnyOrder(eventTypes);
    }

    JsonNode stock(String sku) {
        return inventory.ok(inventory.get("/api/stock/" + sku));
    }
}
