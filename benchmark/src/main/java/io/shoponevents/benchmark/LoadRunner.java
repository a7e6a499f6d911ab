package io.shoponevents.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Drives one schedule through the shop, waits for the orders to settle and measures the outcome. */
final class LoadRunner {

    static final Duration BUCKET = Duration.ofSeconds(5);
    private static final Duration DEPTH_INTERVAL = Duration.ofSeconds(5);

    private final ShopApi shop;
    private final QueueDepths depths;
    private final Duration settleWait;

    LoadRunner(ShopApi shop, QueueDepths depths, Duration settleWait) {
        this.shop = shop;
        this.depths = depths;
        this.settleWait = settleWait;
    }

    RunResult run(ArrivalSchedule schedule) throws InterruptedException {
        List<Integer> depthSamples = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
                () -> sampleDepth(depthSamples), 0, DEPTH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        List<Checkout> checkouts;
        try {
            checkouts = new LoadDriver(shop).run(schedule, () -> {
                sampler.shutdown();
                sampleDepth(depthSamples);
            });
        } finally {
            sampler.shutdownNow();
        }
        List<String> orderIds = checkouts.stream()
                .map(Checkout::orderId)
                .filter(Objects::nonNull)
                .toList();
        var observations = new Settler(shop).settle(orderIds, settleWait);
        SagaLatencies latencies = SagaLatencies.of(checkouts, observations);
        return new RunResult(
                schedule.ratePerSecond(),
                Accounting.of(checkouts, observations),
                latencies.confirmed(),
                latencies.shipment(),
                latencies.email(),
                TimeBuckets.of(latencies.toConfirmed(), BUCKET),
                Backlog.of(List.copyOf(depthSamples), schedule.ratePerSecond()),
                checkouts.stream()
                        .map(Checkout::startLag)
                        .max(Duration::compareTo)
                        .orElse(Duration.ZERO));
    }

    private void sampleDepth(List<Integer> samples) {
        try {
            samples.add(depths.total());
        } catch (RuntimeException e) {
            System.err.println("benchmark: could not read the queue depths: " + e.getMessage());
        }
    }
}
