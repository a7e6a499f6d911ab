package io.shoponevents.benchmark;

import io.shoponevents.benchmark.BusFloor.Floor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Everything one invocation measured, with the medians across runs the report shows. */
record Report(
        String note,
        String command,
        Instant startedAt,
        Machine machine,
        Options options,
        List<RunResult> runs,
        List<Floor> floors,
        Optional<ThroughputSteps.Outcome> throughput,
        List<ServiceFigures> services) {

    /** A service's times from process start to ready, and its peak resident memory under load. */
    record ServiceFigures(String service, List<Duration> startups, OptionalLong peakResidentKilobytes) {

        Optional<Duration> medianStartup() {
            return startups.isEmpty()
                    ? Optional.empty()
                    : Optional.of(
                            LatencySummary.percentile(startups.stream().sorted().toList(), 50));
        }
    }

    LatencySummary confirmed() {
        return median(RunResult::confirmed);
    }

    LatencySummary shipment() {
        return median(RunResult::shipment);
    }

    LatencySummary email() {
        return median(RunResult::email);
    }

    Optional<Floor> floor() {
        return floors.isEmpty() ? Optional.empty() : Optional.of(Floor.medianOf(floors));
    }

    Accounting accounting() {
        List<Accounting> all = new java.util.ArrayList<>(
                runs.stream().map(RunResult::accounting).toList());
        throughput.ifPresent(
                outcome -> outcome.steps().forEach(step -> all.add(step.result().accounting())));
        return Accounting.sum(all);
    }

    /** Median checkout-to-CONFIRMED p50 over two bare EventBridge hops' median p50. */
    OptionalDouble ratioToTwoBusHops() {
        return floor().filter(
                        floor -> !floor.eventBridge().isEmpty() && !confirmed().isEmpty())
                .map(floor -> OptionalDouble.of(confirmed().p50().toNanos()
                        / (2.0 * floor.eventBridge().p50().toNanos())))
                .orElse(OptionalDouble.empty());
    }

    /** The median over the latency runs of a figure of each run's steady state. */
    double medianSteady(ToDoubleFunction<RunCosts> figure) {
        double[] values = runs.stream()
                .map(RunResult::steadyCosts)
                .mapToDouble(figure)
                .sorted()
                .toArray();
        if (values.length == 0) {
            return 0;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private LatencySummary median(Function<RunResult, LatencySummary> figure) {
        return LatencySummary.medianOf(runs.stream().map(figure).toList());
    }

    static String rate(double rate) {
        return rate == Math.rint(rate) ? String.valueOf((long) rate) : String.format(Locale.ROOT, "%.1f", rate);
    }
}
