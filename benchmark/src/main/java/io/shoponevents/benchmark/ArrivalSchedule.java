package io.shoponevents.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When each checkout arrives, as offsets from the start of the run: an open model, evenly spaced at a fixed rate,
 * independent of how fast the shop answers. The warm-up arrivals come first and are left out of the figures.
 */
record ArrivalSchedule(double ratePerSecond, List<Arrival> arrivals) {

    record Arrival(int index, Duration offset, boolean warmup) {}

    static ArrivalSchedule constant(double ratePerSecond, Duration warmup, Duration measured) {
        if (ratePerSecond <= 0) {
            throw new IllegalArgumentException("the arrival rate must be positive, was " + ratePerSecond);
        }
        int warmupCount = count(ratePerSecond, warmup);
        int total = warmupCount + count(ratePerSecond, measured);
        List<Arrival> arrivals = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            long offsetNanos = Math.round(i * 1_000_000_000.0 / ratePerSecond);
            arrivals.add(new Arrival(i, Duration.ofNanos(offsetNanos), i < warmupCount));
        }
        return new ArrivalSchedule(ratePerSecond, List.copyOf(arrivals));
    }

    private static int count(double ratePerSecond, Duration window) {
        return (int) Math.floor(ratePerSecond * window.toNanos() / 1_000_000_000.0 + 1e-9);
    }

    int measuredCount() {
        return (int) arrivals.stream().filter(arrival -> !arrival.warmup()).count();
    }

    int size() {
        return arrivals.size();
    }
}
