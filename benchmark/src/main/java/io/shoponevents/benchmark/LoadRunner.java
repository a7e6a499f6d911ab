package io.shoponevents.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives one schedule through the shop, waits for the orders to settle and measures the outcome. Its costs cover the
 * first arrival until the queues are drained, before the settler's lookups; its steady-state costs cover the arrivals
 * after the warm-up, from the first to the last, while the shop carries the load at its rate.
 */
final class LoadRunner {

    static final Duration BUCKET = Duration.ofSeconds(5);
    private static final Duration DEPTH_INTERVAL = Duration.ofSeconds(5);
    private static final Duration DRAIN_POLL = Duration.ofMillis(200);

    private final ShopApi shop;
    private final QueueDepths depths;
    private final CostMeter costs;
    private final Duration settleWait;

    LoadRunner(ShopApi shop, QueueDepths depths, CostMeter costs, Duration settleWait) {
        this.shop = shop;
        this.depths = depths;
        this.costs = costs;
        this.settleWait = settleWait;
    }

    RunResult run(ArrivalSchedule schedule) throws InterruptedException {
        List<Integer> depthSamples = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
                () -> sampleDepth(depthSamples), 0, DEPTH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        LoadDriver driver = new LoadDriver(shop);
        driver.stock(schedule);
        CostMeter.Running cost = costs.start();
        AtomicReference<CostMeter.Running> steady = new AtomicReference<>();
        AtomicReference<RunCosts> steadyCosts = new AtomicReference<>(RunCosts.none());
        List<Checkout> checkouts;
        try {
            checkouts = driver.run(schedule, () -> steady.set(costs.start()), () -> {
                if (steady.get() != null) {
                    steadyCosts.set(steady.get().stop(schedule.measuredCount()));
                }
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
        long settleDeadline = System.nanoTime() + settleWait.toNanos();
        awaitDrained(settleDeadline);
        RunCosts runCosts = cost.stop(schedule.size());
        var observations =
                new Settler(shop).settle(orderIds, Duration.ofNanos(Math.max(0, settleDeadline - System.nanoTime())));
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
                        .orElse(Duration.ZERO),
                runCosts,
                steadyCosts.get());
    }

    /** Until the queues hold no message, waiting or in flight: the work the arrivals caused is done. */
    private void awaitDrained(long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            try {
                if (depths.drained()) {
                    return;
                }
            } catch (RuntimeException e) {
                return; // cannot tell; the settler's polling decides
            }
            Thread.sleep(DRAIN_POLL.toMillis());
        }
    }

    private void sampleDepth(List<Integer> samples) {
        try {
            samples.add(depths.total());
        } catch (RuntimeException e) {
            System.err.println("benchmark: could not read the queue depths: " + e.getMessage());
        }
    }
}
