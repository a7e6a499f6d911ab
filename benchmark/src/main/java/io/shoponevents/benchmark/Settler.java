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
 * come from the timestamps the services recorded. Run it once the queues are drained ({@link LoadRunner} waits for
 * that), so that its lookups do not slow the backlog it waits for.
 */
final class Settler {

    /** Long enough that looking does not load the emulator the shop is waiting for. */
    private static final Duration POLL_PAUSE = Duration.ofSeconds(1);

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
            Map<String, OrderObservation> latest = new HashMap<>();
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                Map<String, OrderObservation> seen = observeAll(pending, latest, pool);
                latest.putAll(seen);
                seen.values().stream()
                        .filter(OrderObservation::settled)
                        .map(OrderObservation::orderId)
                        .forEach(pending::remove);
                if (!pending.isEmpty()) {
                    Thread.sleep(POLL_PAUSE.toMillis());
                }
            }
            Thread.sleep(GRACE_FOR_DUPLICATES.toMillis());
            return observeAll(orderIds, Map.of(), pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, OrderObservation> observeAll(
            Iterable<String> orderIds, Map<String, OrderObservation> latest, ExecutorService pool)
            throws InterruptedException {
        Map<String, Future<Optional<OrderObservation>>> futures = new HashMap<>();
        for (String orderId : orderIds) {
            futures.put(orderId, pool.submit(() -> observe(orderId, latest.get(orderId))));
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

    /** A decided order does not change its decision: after that only its shipment and email are looked for. */
    private Optional<OrderObservation> observe(String orderId, OrderObservation previous) {
        Optional<OrderObservation> known =
                previous != null && previous.decided() ? Optional.of(previous) : shop.order(orderId);
        return known.map(order -> order.decided()
                ? order.withDownstream(shop.shipmentsCreatedAt(orderId), shop.confirmationEmailsSentAt(orderId))
                : order);
    }
}
