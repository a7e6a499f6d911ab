package io.shoponevents.benchmark;

import io.shoponevents.benchmark.SagaLatencies.Timed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/** Latency percentiles over time: samples grouped by checkout time into fixed buckets from the first checkout. */
final class TimeBuckets {

    record Bucket(Duration start, LatencySummary summary) {}

    private TimeBuckets() {}

    static List<Bucket> of(List<Timed> samples, Duration width) {
        if (samples.isEmpty()) {
            return List.of();
        }
        Instant first = samples.stream()
                .map(Timed::checkoutAt)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        TreeMap<Long, List<Duration>> byBucket = new TreeMap<>();
        for (Timed sample : samples) {
            long index = Duration.between(first, sample.checkoutAt()).toNanos() / width.toNanos();
            byBucket.computeIfAbsent(index, key -> new ArrayList<>()).add(sample.latency());
        }
        List<Bucket> buckets = new ArrayList<>();
        byBucket.forEach(
                (index, latencies) -> buckets.add(new Bucket(width.multipliedBy(index), LatencySummary.of(latencies))));
        return buckets;
    }
}
