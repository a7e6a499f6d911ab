package io.shoponevents.benchmark;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Waits, up to a bound, until every order is settled (see {@link OrderObservation#settled()}), then looks at every
 * order once more so that a late duplicate shipment or email is counted. Polling only tells when to stop: latencies
 * come from the timestamps the services recorded.
 */
final class Settler {

    private static final Duration POLL_PAUSE = Duration.ofMillis(500);
    private static final Duration GRACE_FOR_DUPLICATES = Duration.ofSeconds(2);

    private final ShopApi shop;

    Settler(ShopApi shop) {
        this.shop = shop;
    }

    /** The last observation of each order the shop knows; an order it does not know is absent. */
    Map<String, OrderObservation> settle(List<String> orderIds, Duration maxWait) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            long deadline = System.nanoTime() + maxWait.toNanos();
            Set<String> pending = new LinkedHashSet<>(orderIds);
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                Map<String, OrderObservation> seen = observeAll(pending, pool);
                seen.values().stream()
                        .filter(OrderObservation::settled)
                        .map(OrderObservation::orderId)
                        .forEach(pending::remove);
                if (!pending.isEmpty()) {
                    Thread.sleep(POLL_PAUSE.toMillis());
                }
            }
            Thread.sleep(GRACE_FOR_DUPLICATES.toMillis());
            return observeAll(orderIds, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, OrderObservation> observeAll(Iterable<String> orderIds, ExecutorService pool)
            throws InterruptedException {
        Map<String, Future<Optional<OrderObservation>>> futures = new HashMap<>();
        for (String orderId : orderIds) {
            futures.put(orderId, pool.submit(() -> observe(orderId)));
        }
        Map<String, OrderObservation> observed = new ConcurrentHashMap<>();
        for (var entry : futures.entrySet()) {
            try {
                entry.getValue().get().ifPresent(observation -> observed.put(entry.getKey(), observation));
            } catch (java.util.concurrent.ExecutionException e) {
                // A failed look is retried in the next round; after the last round the order counts as not seen.
            }
        }
        return observed;
    }

    private Optional<OrderObservation> observe(String orderId) {
        return shop.order(orderId)
                .map(order -> order.decided()
                        ? order.withDownstream(shop.shipmentsCreatedAt(orderId), shop.confirmationEmailsSentAt(orderId))
                        : order);
    }
}
