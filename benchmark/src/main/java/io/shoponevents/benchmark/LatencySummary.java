package io.shoponevents.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Percentiles of a set of latencies (nearest-rank method), or of medians across runs. */
record LatencySummary(int count, Duration p50, Duration p90, Duration p99, Duration max) {

    static final LatencySummary EMPTY =
            new LatencySummary(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    static LatencySummary of(List<Duration> latencies) {
        if (latencies.isEmpty()) {
            return EMPTY;
        }
        List<Duration> sorted = new ArrayList<>(latencies);
        sorted.sort(Comparator.naturalOrder());
        return new LatencySummary(
                sorted.size(),
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99),
                sorted.get(sorted.size() - 1));
    }

    /** The nearest-rank percentile: the smallest value with at least {@code percent}% of the values at or below it. */
    static Duration percentile(List<Duration> sorted, double percent) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.min(Math.max(rank, 1), sorted.size()) - 1);
    }

    /** Field by field, the median of several runs' summaries (the lower middle value for an even number). */
    static LatencySummary medianOf(List<LatencySummary> runs) {
        List<LatencySummary> measured =
                runs.stream().filter(run -> run.count() > 0).toList();
        if (measured.isEmpty()) {
            return EMPTY;
        }
        return new LatencySummary(
                measured.stream().mapToInt(LatencySummary::count).sum(),
                median(measured, LatencySummary::p50),
                median(measured, LatencySummary::p90),
                median(measured, LatencySummary::p99),
                median(measured, LatencySummary::max));
    }

    private static Duration median(List<LatencySummary> runs, Function<LatencySummary, Duration> field) {
        return percentile(runs.stream().map(field).sorted().toList(), 50);
    }

    boolean isEmpty() {
        return count == 0;
    }
}
