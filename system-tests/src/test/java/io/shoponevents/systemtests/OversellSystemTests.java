package io.shoponevents.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Two inventory instances consume one queue; stock is never oversold. */
class OversellSystemTests {

    private final ShopSystem shop = ShopSystem.get();

    @AfterAll
    static void report() {
        SagaTimings.report(ShopSystem.get());
    }

    @Test
    void twentyConcurrentCheckoutsForFiveUnitsConfirmExactlyFive() {
        shop.startAnother("inventory-service", Map.of());
        String lamp = Shopper.newSku("LAMP");
        Shopper.stock(shop, lamp, 5);
        List<Shopper> shoppers = IntStream.range(0, 20)
                .mapToObj(i -> new Shopper(shop).wants(lamp, 1, "80.00"))
                .toList();

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<String> orderIds =
                shoppers.stream()
                        .map(shopper -> CompletableFuture.supplyAsync(shopper::checksOut, pool))
                        .toList()
                        .stream()
                        .map(CompletableFuture::join)
                        .toList();
        pool.shutdown();

        Map<String, Long> outcomes = await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> statusCounts(shoppers.get(0), orderIds), counts -> !counts.containsKey("PENDING"));
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("CONFIRMED", 5L, "REJECTED", 15L));
        JsonNode stock = shop.inventory.ok(shop.inventory.get("/api/stock/" + lamp));
        assertThat(stock.path("available").asInt()).isZero();
        assertThat(stock.path("reserved").asInt()).isEqualTo(5);
        orderIds.stream()
                .map(shoppers.get(0)::order)
                .filter(order -> "CONFIRMED".equals(order.path("status").asString()))
                .forEach(order -> SagaTimings.record(
                        "checkout -> CONFIRMED, 20 concurrent", Shopper.timeBetween(order, "PENDING", "CONFIRMED")));
    }

    private static Map<String, Long> statusCounts(Shopper reader, List<String> orderIds) {
        return orderIds.stream()
                .map(reader::order)
                .map(order -> order.path("status").asString())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
