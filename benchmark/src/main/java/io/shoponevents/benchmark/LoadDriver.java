package io.shoponevents.benchmark;

import io.shoponevents.benchmark.ArrivalSchedule.Arrival;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Fires checkouts at their scheduled wall-clock times without waiting for earlier ones to answer (open model), then
 * waits for the answers. Every arrival gets its own SKU, stocked beforehand, so no two orders contend for one item.
 */
final class LoadDriver {

    private static final int STOCK = 1_000;
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(60);

    private final ShopApi shop;
    private final String runId = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    LoadDriver(ShopApi shop) {
        this.shop = shop;
    }

    /** Stocks the SKU of every arrival of {@code schedule}; run it before {@link #run}. */
    void stock(ArrivalSchedule schedule) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Void>> puts = new ArrayList<>();
            for (int i = 0; i < schedule.size(); i++) {
                String sku = skuOf(i);
                puts.add(CompletableFuture.runAsync(() -> shop.putStock(sku, STOCK), pool));
            }
            CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Runs {@code schedule}; {@code onMeasuredStart} runs just before the first arrival after the warm-up is sent,
     * {@code onAllFired} as soon as the last arrival has been sent.
     */
    List<Checkout> run(ArrivalSchedule schedule, Runnable onMeasuredStart, Runnable onAllFired) {
        boolean measuring = false;
        List<CompletableFuture<Checkout>> inFlight = new ArrayList<>(schedule.size());
        long start = System.nanoTime();
        for (Arrival arrival : schedule.arrivals()) {
            long due = start + arrival.offset().toNanos();
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!measuring && !arrival.warmup()) {
                measuring = true;
                onMeasuredStart.run();
            }
            Duration lag = Duration.ofNanos(System.nanoTime() - due);
            String sku = skuOf(arrival.index());
            inFlight.add(shop.checkout("bench-" + runId.toLowerCase() + "-" + arrival.index(), sku)
                    .handle((orderId, failure) ->
                            new Checkout(arrival, sku, orderId, failure == null ? null : rootMessage(failure), lag)));
        }
        onAllFired.run();
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                    .get(ANSWER_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            // Answers still missing after the wait count as lost orders below.
        }
        List<Checkout> checkouts = new ArrayList<>(inFlight.size());
        for (int i = 0; i < inFlight.size(); i++) {
            Arrival arrival = schedule.arrivals().get(i);
            checkouts.add(inFlight.get(i)
                    .getNow(new Checkout(
                            arrival,
                            skuOf(arrival.index()),
                            null,
                            "no answer within " + ANSWER_WAIT.toSeconds() + " s",
                            Duration.ZERO)));
        }
        return checkouts;
    }

    private String skuOf(int index) {
        return "BENCH-" + runId + "-" + index;
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
