package io.shoponevents.benchmark;

import io.shoponevents.benchmark.EmulatorStats.Action;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run cost: the CPU seconds each local process serving it used (the AWS endpoint and the services) and, on the
 * project's emulator, the requests it served per action. Divided by the checkouts it tells the endpoint's share of a
 * checkout from the services' own.
 */
record RunCosts(int checkouts, Duration wall, Map<String, Double> cpuSeconds, Map<String, Action> emulator) {

    static final String ENDPOINT = "AWS endpoint";

    double cpuMillisPerCheckout(String process) {
        return checkouts == 0 ? 0 : 1000 * cpuSeconds.getOrDefault(process, 0.0) / checkouts;
    }

    /** Cores the process kept busy on average. */
    double cores(String process) {
        return wall.isZero() ? 0 : cpuSeconds.getOrDefault(process, 0.0) / (wall.toNanos() / 1e9);
    }

    /** The share of the run the emulator was serving DynamoDB, which it does one request at a time. */
    double dynamoDbBusy() {
        double busy = emulator.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("dynamodb:"))
                .mapToDouble(entry -> entry.getValue().busySeconds())
                .sum();
        return wall.isZero() ? 0 : busy / (wall.toNanos() / 1e9);
    }

    boolean measured() {
        return checkouts > 0 && !cpuSeconds.isEmpty();
    }

    /** Several runs as one: their checkouts, time, CPU and requests added up. */
    static RunCosts sum(List<RunCosts> runs) {
        int checkouts = 0;
        Duration wall = Duration.ZERO;
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, Action> emulator = new LinkedHashMap<>();
        for (RunCosts run : runs) {
            checkouts += run.checkouts;
            wall = wall.plus(run.wall);
            run.cpuSeconds.forEach((process, seconds) -> cpu.merge(process, seconds, Double::sum));
            run.emulator.forEach((name, action) -> emulator.merge(
                    name,
                    action,
                    (a, b) -> new Action(
                            a.requests() + b.requests(),
                            a.seconds() + b.seconds(),
                            a.lockWaitSeconds() + b.lockWaitSeconds())));
        }
        return new RunCosts(checkouts, wall, cpu, emulator);
    }
}
