package io.shoponevents.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps the arrival rate up, each step for a fixed time, and finds the highest rate the shop sustains: p99
 * checkout-to-CONFIRMED under the target, no backlog growth, every order accounted for, at that rate and every lower
 * step. Every step runs, including those above the first that misses, so that a figure asked for at a given rate is
 * measured; each starts once the previous one has drained.
 */
final class ThroughputSteps {

    static final Duration P99_TARGET = Duration.ofSeconds(1);

    record Step(RunResult result, boolean sustained) {}

    record Outcome(List<Step> steps, double highestSustainedRate) {}

    private final LoadRunner runner;

    ThroughputSteps(LoadRunner runner) {
        this.runner = runner;
    }

    Outcome run(List<Double> rates, Duration stepDuration) throws InterruptedException {
        List<Step> steps = new ArrayList<>();
        double highest = 0;
        boolean everyStepSustained = true;
        for (double rate : rates) {
            System.out.printf(
                    "throughput: %s checkouts/s for %s%n", Report.rate(rate), Durations.compact(stepDuration));
            RunResult result = runner.run(ArrivalSchedule.constant(rate, Duration.ZERO, stepDuration));
            boolean sustained = sustained(result);
            steps.add(new Step(result, sustained));
            System.out.printf(
                    "throughput: %s/s p99 %s ms, backlog growth %d, accounting %s -> %s%n",
                    Report.rate(rate),
                    Durations.millis(result.confirmed().p99()),
                    result.backlog().growth(),
                    result.accounting().clean() ? "clean" : "NOT clean",
                    sustained ? "sustained" : "not sustained");
            everyStepSustained &= sustained;
            if (everyStepSustained) {
                highest = rate;
            }
        }
        return new Outcome(List.copyOf(steps), highest);
    }

    static boolean sustained(RunResult result) {
        return result.accounting().clean()
                && !result.confirmed().isEmpty()
                && result.confirmed().p99().compareTo(P99_TARGET) < 0
                && !result.backlog().growing();
    }
}
