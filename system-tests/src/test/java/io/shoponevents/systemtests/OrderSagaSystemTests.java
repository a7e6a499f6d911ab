package io.shoponevents.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The order saga across the four running services, as a customer, the warehouse and the carrier drive it. */
class OrderSagaSystemTests {

    private final ShopSystem shop = ShopSystem.get();
    private final ShopView view = ShopView.of(shop);

    @AfterAll
    static void report() {
        SagaTimings.report(ShopSystem.get());
    }

    @Test
    void checkoutTravelsToDeliveredWithExactStockAndThreeEmails() {
        String mug = Shopper.newSku("MUG");
        String tee = Shopper.newSku("TEE");
        Shopper.stock(shop, mug, 10);
        Shopper.stock(shop, tee, 5);
        Shopper ada = new Shopper(shop).wants(mug, 2, "12.50").wants(tee, 1, "24.00");

        String orderId = ada.checksOut();
        JsonNode confirmed = ada.awaitStatus(orderId, "CONFIRMED");
        JsonNode shipment = view.awaitShipment(orderId, "CREATED");
        SagaTimings.record("checkout -> CONFIRMED", Shopper.timeBetween(confirmed, "PENDING", "CONFIRMED"));
        SagaTimings.record(
                "checkout -> shipment ready for dispatch",
                java.time.Duration.between(
                        Shopper.statusTime(confirmed, "PENDING"),
                        java.time.Instant.parse(shipment.path("createdAt").asString())));

        String shipmentId = shipment.path("shipmentId").asString();
        JsonNode delivered = view.shipAndDeliver(ada, orderId, shipmentId);

        assertThat(delivered.path("total").path("amount").decimalValue()).isEqualByComparingTo("49.00");
        assertThat(delivered
                        .path("history")
                        .valueStream()
                        .map(entry -> entry.path("status").asString()))
                .containsExactly("PENDING", "CONFIRMED", "SHIPPED", "DELIVERED");
        assertThat(available(mug)).isEqualTo(8);
        assertThat(available(tee)).isEqualTo(4);
        view.assertEmailed(
                orderId, ada, "OrderConfirmed", "ShipmentCreated", "ShipmentDispatched", "ShipmentDelivered");
    }

    @Test
    void orderForMissingStockIsRejectedAndChangesNoStock() {
        String lamp = Shopper.newSku("LAMP");
        String mug = Shopper.newSku("MUG");
        Shopper.stock(shop, lamp, 0);
        Shopper.stock(shop, mug, 3);
        Shopper bob = new Shopper(shop).wants(mug, 1, "12.50").wants(lamp, 1, "80.00");

        String orderId = bob.checksOut();
        bob.awaitStatus(orderId, "REJECTED");

        assertThat(view.stock(mug).path("available").asInt()).isEqualTo(3);
        assertThat(view.stock(mug).path("reserved").asInt()).isZero();
        assertThat(view.stock(lamp).path("available").asInt()).isZero();
        assertThat(view.awaitEmails(orderId, 1)).singleElement().satisfies(email -> {
            assertThat(email.path("eventType").asString()).isEqualTo("OrderRejected");
            assertThat(email.path("recipient").asString()).isEqualTo(bob.email());
        });
    }

    @Test
    void cancellingAConfirmedOrderRestoresStockAndCancelsTheShipment() {
        String desk = Shopper.newSku("DESK");
        Shopper.stock(shop, desk, 5);
        Shopper cleo = new Shopper(shop).wants(desk, 2, "199.00");
        String orderId = cleo.checksOut();
        cleo.awaitStatus(orderId, "CONFIRMED");
        view.awaitShipment(orderId, "CREATED");

        shop.order.ok(shop.order.post("/api/orders/" + orderId + "/cancel", Map.of()));

        cleo.awaitStatus(orderId, "CANCELLED");
        await().atMost(Shopper.SAGA_STEP).untilAsserted(() -> {
            assertThat(view.stock(desk).path("available").asInt()).isEqualTo(5);
            assertThat(view.stock(desk).path("reserved").asInt()).isZero();
        });
        view.awaitShipment(orderId, "CANCELLED");
        assertThat(view.awaitEmails(orderId, 4))
                .extracting(email -> email.path("eventType").asString())
                .containsExactlyInAnyOrder("OrderConfirmed", "ShipmentCreated", "OrderCancelled", "ShipmentCancelled");
    }

    private int available(String sku) {
        return view.stock(sku).path("available").asInt();
    }
}
