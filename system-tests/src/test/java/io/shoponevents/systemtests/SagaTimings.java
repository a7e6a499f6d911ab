package io.shoponevents.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side durations of saga steps seen by the system tests, reported as medians after each test class together
 * with the peak memory of every service process so far. A report, not an assertion: the benchmark is the measure.
 */
final class SagaTimings {

    private static final Map<String, List<Duration>> samples = new ConcurrentHashMap<>();

    private SagaTimings() {}

    static void record(String step, Duration duration) {
        samples.computeIfAbsent(step, key -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(duration);
    }

    static void report(ShopSystem shop) {
        StringBuilder report = new StringBuilder("\nSystem-test saga timings (server-side, median of runs):\n");
        samples.forEach((step, durations) -> {
            List<Duration> sorted = new ArrayList<>(durations);
            sorted.sort(Duration::compareTo);
            report.append("  %-40s median %5d ms over %d run(s)%n"
                    .formatted(step, sorted.get(sorted.size() / 2).toMillis(), sorted.size()));
        });
        report.append("Peak resident memory per service process (MiB): ")
                .append(shop.peakResidentMegabytes())
                .append('\n');
        System.out.println(report);
    }
}
