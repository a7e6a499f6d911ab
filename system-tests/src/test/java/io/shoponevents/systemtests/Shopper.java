package io.shoponevents.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Test-data builder for the saga: stock, a customer's cart, checkout, and waiting for the order to move. */
final class Shopper {

    static final Duration SAGA_STEP = Duration.ofSeconds(45);

    private final ShopClient order;
    private final String customerId = "cust-" + UUID.randomUUID();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final Map<String, BigDecimal> prices = new LinkedHashMap<>();

    Shopper(ShopSystem shop) {
        this(shop.order);
    }

    /** A customer of the order service at {@code order}, wherever it runs. */
    Shopper(ShopClient order) {
        this.order = order;
    }

    static String newSku(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void stock(ShopSystem shop, String sku, int available) {
        stock(shop.inventory, sku, available);
    }

    static void stock(ShopClient inventory, String sku, int available) {
        inventory.ok(inventory.put("/api/stock/" + sku, Map.of("available", available)));
    }

    Shopper wants(String sku, int quantity, String unitPrice) {
        lines.put(sku, quantity);
        prices.put(sku, new BigDecimal(unitPrice));
        return this;
    }

    String customerId() {
        return customerId;
    }

    String email() {
        return customerId + "@example.com";
    }

    /** Fills a cart and checks it out; returns the order id. */
    String checksOut() {
        return checksOut(fillsCart(Map.of("customerId", customerId)));
    }

    /**
     * Fills a cart created with the customer's email, which the cart's events carry so that an abandoned cart can be
     * reminded; returns the cart id.
     */
    String fillsCartGivingEmail() {
        return fillsCart(Map.of("customerId", customerId, "email", email()));
    }

    void removes(String cartId, String sku) {
        order.ok(order.delete("/api/carts/" + cartId + "/items/" + sku));
    }

    private String fillsCart(Map<String, String> cart) {
        String cartId = order.ok(order.post("/api/carts", cart)).path("cartId").asString();
        lines.forEach((sku, quantity) -> order.ok(order.post(
                "/api/carts/" + cartId + "/items",
                Map.of(
                        "sku", sku,
                        "quantity", quantity,
                        "unitPrice", Map.of("amount", prices.get(sku), "currency", "EUR")))));
        return cartId;
    }

    /** Checks the filled cart out; returns the order id. */
    String checksOut(String cartId) {
        JsonNode placed = order.ok(order.post(
                "/api/carts/" + cartId + "/checkout",
                Map.of(
                        "email",
                        email(),
                        "shippingAddress",
                        Map.of(
                                "name", "Ada Lovelace",
                                "line1", "12 Analytical Row",
                                "city", "London",
                                "postalCode", "N1 9GU",
                                "country", "GB"))));
        assertThat(placed.path("status").asString()).isEqualTo("PENDING");
        return placed.path("orderId").asString();
    }

    JsonNode order(String orderId) {
        return order.ok(order.get("/api/orders/" + orderId));
    }

    JsonNode awaitStatus(String orderId, String status) {
        return await().atMost(SAGA_STEP)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> order(orderId),
                        found -> status.equals(found.path("status").asString()));
    }

    /** Server-side time between two statuses of the order's history. */
    static Duration timeBetween(JsonNode order, String from, String to) {
        return Duration.between(statusTime(order, from), statusTime(order, to));
    }

    static Instant statusTime(JsonNode order, String status) {
        List<JsonNode> history = order.path("history").valueStream().toList();
        return history.stream()
                .filter(entry -> status.equals(entry.path("status").asString()))
                .map(entry -> Instant.parse(entry.path("at").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + status + " in history " + history));
    }
}
