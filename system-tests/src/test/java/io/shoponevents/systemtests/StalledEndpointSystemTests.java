package io.shoponevents.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shoponevents.testsupport.AwsEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The AWS endpoint stalls: requests that need it are refused with 503 and {@code Retry-After} within the clients' call
 * timeout instead of hanging, readiness turns DOWN within seconds and UP again once the endpoint answers, and every
 * order placed around the stall settles exactly once.
 *
 * <p>The stall is a {@link StallingProxy} between one extra order service and the endpoint, rather than SIGSTOP of the
 * emulator: the endpoint is shared by every system test of the run and may be moto, LocalStack in a container or an
 * endpoint given by {@code AWS_ENDPOINT_URL}, none of which this test may pause. The proxy holds bytes in both
 * directions and passes them on when released, which is what a paused process does to its callers; the rest of the
 * shop keeps working, as the other instances of a service would while one instance's network stalls.
 */
class StalledEndpointSystemTests {

    /** The REST path's call timeout is 2 s; the rest is a loaded machine's slack. */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(5);

    /** A check every second, failing after the 2 s call timeout. */
    private static final Duration READINESS_BOUND = Duration.ofSeconds(10);

    /** Long enough for every client timeout to fire, shorter than the listener's 25 s long-poll attempts. */
    private static final Duration STALL = Duration.ofSeconds(12);

    /** A message whose receipt was lost in the stall comes back after the queue's 30 s visibility timeout. */
    private static final Duration SETTLES = Duration.ofSeconds(90);

    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ShopSystem shop = ShopSystem.get();

    @Test
    void aStallIsAnswered503QuicklyAndUnreadyAndEveryOrderAroundItSettlesOnce() {
        String sku = Shopper.newSku("KETTLE");
        Shopper.stock(shop, sku, 100);
        // Every AWS call of the instance goes through a proxy, DynamoDB's too where it has an endpoint of its own.
        try (StallingProxy proxy = StallingProxy.to(shop.endpoint.uri());
                StallingProxy dynamoDbProxy = StallingProxy.to(shop.endpoint.dynamoDbUri())) {
            AwsEndpoint stalling = shop.endpoint.reachedAt(proxy.uri(), dynamoDbProxy.uri());
            shop.withAnother(
                    "order-service",
                    stalling.processEnvironment(),
                    order -> stallAndRecover(List.of(proxy, dynamoDbProxy), order, sku));
        }
    }

    private void stallAndRecover(List<StallingProxy> proxies, ShopClient order, String sku) {
        List<String> orderIds = new ArrayList<>();
        for (int quantity = 1; quantity <= 3; quantity++) {
            orderIds.add(new Shopper(order).wants(sku, quantity, "30.00").checksOut());
        }
        String cartToCheckOut = cartWith(order, sku, 4);

        proxies.forEach(StallingProxy::stall);
        long stalledAt = System.nanoTime();

        HttpResponse<String> created = post(order, "/api/carts", "{\"customerId\":\"cust-stalled\"}");
        Duration timeTo503 = since(stalledAt);
        assertRefusedForNow(created, timeTo503);

        await("readiness DOWN")
                .atMost(READINESS_BOUND)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> order.get("/actuator/health/readiness").status() == 503);
        Duration timeToDown = since(stalledAt);

        long checkoutAt = System.nanoTime();
        assertRefusedForNow(post(order, "/api/carts/" + cartToCheckOut + "/checkout", checkout()), since(checkoutAt));
        while (since(stalledAt).compareTo(STALL) < 0) {
            long requestAt = System.nanoTime();
            HttpResponse<String> refused = post(order, "/api/carts", "{\"customerId\":\"cust-stalled\"}");
            assertRefusedForNow(refused, since(requestAt));
            assertThat(order.get("/actuator/health/readiness").status()).isEqualTo(503);
        }

        proxies.forEach(StallingProxy::release);
        long releasedAt = System.nanoTime();
        await("readiness UP")
                .atMost(READINESS_BOUND)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> order.get("/actuator/health/readiness").status() == 200);
        Duration timeToUp = since(releasedAt);

        HttpResponse<String> retried = post(order, "/api/carts/" + cartToCheckOut + "/checkout", checkout());
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        orderIds.add(json(retried).path("orderId").asString());
        orderIds.add(new Shopper(order).wants(sku, 5, "30.00").checksOut());
        System.out.printf(
                "Stalled endpoint: 503 after %d ms, readiness DOWN after %d ms, UP %d ms after the stall ended%n",
                timeTo503.toMillis(), timeToDown.toMillis(), timeToUp.toMillis());

        assertEverySettledOnce(orderIds, sku, 1 + 2 + 3 + 4 + 5);
    }

    private void assertEverySettledOnce(List<String> orderIds, String sku, int ordered) {
        Shopper reader = new Shopper(shop);
        for (String orderId : orderIds) {
            JsonNode confirmed = await("order " + orderId + " CONFIRMED")
                    .atMost(SETTLES)
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () -> reader.order(orderId),
                            found -> "CONFIRMED".equals(found.path("status").asString()));
            assertThat(confirmed
                            .path("history")
                            .valueStream()
                            .map(entry -> entry.path("status").asString()))
                    .as("history of " + orderId)
                    .containsExactly("PENDING", "CONFIRMED");
            JsonNode reservation = shop.inventory.ok(shop.inventory.get("/api/reservations/" + orderId));
            assertThat(reservation
                            .path("lines")
                            .valueStream()
                            .map(line -> line.path("quantity").asInt()))
                    .containsExactly(
                            confirmed.path("items").get(0).path("quantity").asInt());
        }
        JsonNode stock = shop.inventory.ok(shop.inventory.get("/api/stock/" + sku));
        assertThat(stock.path("available").asInt()).isEqualTo(100 - ordered);
        assertThat(stock.path("reserved").asInt()).isEqualTo(ordered);
    }

    private static void assertRefusedForNow(HttpResponse<String> response, Duration took) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(took).isLessThan(ANSWER_BOUND);
    }

    private static String cartWith(ShopClient order, String sku, int quantity) {
        String cartId = order.ok(order.post("/api/carts", Map.of("customerId", "cust-checkout-in-stall")))
                .path("cartId")
                .asString();
        order.ok(order.post(
                "/api/carts/" + cartId + "/items",
                Map.of(
                        "sku",
                        sku,
                        "quantity",
                        quantity,
                        "unitPrice",
                        Map.of("amount", new BigDecimal("30.00"), "currency", "EUR"))));
        return cartId;
    }

    private static String checkout() {
        return """
                {"email": "stall@example.com",
                 "shippingAddress": {"name": "Ada Lovelace", "line1": "12 Analytical Row", "city": "London",
                                     "postalCode": "N1 9GU", "country": "GB"}}
                """;
    }

    private static HttpResponse<String> post(ShopClient order, String path, String body) {
        try {
            return http.send(
                    HttpRequest.newBuilder(order.baseUri().resolve(path))
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return tools.jackson.databind.json.JsonMapper.shared().readTree(response.body());
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
