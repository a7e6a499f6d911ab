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
import java.util.function.BooleanSupplier;

/**
 * Waits, up to a bound, until every order is settled (see {@link OrderObservation#settled()}), then looks at every
 * order once more so that a late duplicate shipment or email is counted. Polling only tells when to stop: latencies
 * come from the timestamps the services recorded. While messages are still in the queues it only asks for the orders'
 * decisions (one key lookup each); shipments and emails (queries) are looked up once the queues are drained, so that
 * looking does not slow the backlog it waits for.
 */
final class Settler {

    /** Long enough that looking does not load the emulator the shop is waiting for. */
    private static final Duration POLL_PAUSE = Duration.ofSeconds(1);

    private static final Duration GRACE_FOR_DUPLICATES = Duration.ofSeconds(2);

    private final ShopApi shop;
    private final BooleanSupplier drained;

    /** @param drained whether the shop's queues hold no message, waiting or in flight */
    Settler(ShopApi shop, BooleanSupplier drained) {
        this.shop = shop;
        this.drained = drained;
    }

    /** The last observation of each order the shop knows; an order it does not know is absent. */
    Map<String, OrderObservation> settle(List<String> orderIds, Duration maxWait) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            long deadline = System.nanoTime() + maxWait.toNanos();
            Set<String> pending = new LinkedHashSet<>(orderIds);
            Map<String, OrderObservation> latest = new HashMap<>();
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                Map<String, OrderObservation> seen = observeAll(pending, latest, drained(), pool);
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
            return observeAll(orderIds, Map.of(), true, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean drained() {
        try {
            return drained.getAsBoolean();
        } catch (RuntimeException e) {
            return true; // Cannot tell: look at everything, as if it were.
        }
    }

    private Map<String, OrderObservation> observeAll(
            Iterable<String> orderIds, Map<String, OrderObservation> latest, boolean downstream, ExecutorService pool)
            throws InterruptedException {
        Map<String, Future<Optional<OrderObservation>>> futures = new HashMap<>();
        for (String orderId : orderIds) {
            futures.put(orderId, pool.submit(() -> observe(orderId, latest.get(orderId), downstream)));
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
    private Optional<OrderObservation> observe(String orderId, OrderObservation previous, boolean downstream) {
        Optional<OrderObservation> known =
                previous != null && previous.decided() ? Optional.of(previous) : shop.order(orderId);
        return known.map(order -> downstream && order.decided()
                ? order.withDownstream(shop.shipmentsCreatedAt(orderId), shop.confirmationEmailsSentAt(orderId))
                : order);
    }
}
