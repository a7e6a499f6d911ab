package io.shoponevents.benchmark;

import io.shoponevents.benchmark.EmulatorStats.Action;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run cost: the CPU seconds each local process serving it used (the AWS endpoint and the services), the part of
 * them its JIT compiler threads used, the CPU seconds of the whole machine (everything else running included) and, on
 * the project's emulator, the requests it served per action. Divided by the checkouts it tells the endpoint's share of
 * a checkout from the services' own.
 */
record RunCosts(
        int checkouts,
        Duration wall,
        Map<String, Double> cpuSeconds,
        Map<String, Double> compilerSeconds,
        double machineSeconds,
        Map<String, Action> emulator) {

    static final String ENDPOINT = "AWS endpoint";
    static final String DYNAMODB_ENDPOINT = "DynamoDB endpoint";
    static final String SERVICES = "four services";

    /** Without the JIT and machine figures, for an endpoint-only reading. */
    RunCosts(int checkouts, Duration wall, Map<String, Double> cpuSeconds, Map<String, Action> emulator) {
        this(checkouts, wall, cpuSeconds, Map.of(), 0, emulator);
    }

    static RunCosts none() {
        return new RunCosts(0, Duration.ZERO, Map.of(), Map.of());
    }

    double cpuMillisPerCheckout(String process) {
        return perCheckout(seconds(cpuSeconds, process));
    }

    double compilerMillisPerCheckout(String process) {
        return perCheckout(seconds(compilerSeconds, process));
    }

    /** Cores the process kept busy on average. */
    double cores(String process) {
        return wall.isZero() ? 0 : seconds(cpuSeconds, process) / (wall.toNanos() / 1e9);
    }

    /** Cores the whole machine kept busy on average, the shop and anything else running. */
    double machineCores() {
        return wall.isZero() ? 0 : machineSeconds / (wall.toNanos() / 1e9);
    }

    /** Cores kept busy by everything on the machine that is not a measured process: other work sharing it. */
    double otherCores() {
        double measured =
                cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        return wall.isZero() ? 0 : Math.max(0, (machineSeconds - measured) / (wall.toNanos() / 1e9));
    }

    /**
     * What ran at its limit: an emulator process (Python runs one thread at a time, so one core is its limit), the
     * emulator's DynamoDB turn (one request at a time), a service, or the machine's cores as a whole; "none" when
     * nothing was above {@value #SATURATED} of its limit.
     */
    String saturated(int processors) {
        List<String> found = new java.util.ArrayList<>();
        for (String process : cpuSeconds.keySet()) {
            double limit = isService(process) ? processors : 1;
            if (cores(process) >= SATURATED * limit) {
                found.add(
                        String.format(java.util.Locale.ROOT, "%s (%.2f of %.0f core)", process, cores(process), limit));
            }
        }
        if (!emulator.isEmpty() && dynamoDbBusy() >= SATURATED) {
            found.add(String.format(java.util.Locale.ROOT, "DynamoDB turn (%.0f %% busy)", 100 * dynamoDbBusy()));
        }
        if (machineSeconds > 0 && machineCores() >= SATURATED * processors) {
            found.add(
                    String.format(java.util.Locale.ROOT, "the machine (%.2f of %d cores)", machineCores(), processors));
        }
        return found.isEmpty() ? "none" : String.join(", ", found);
    }

    static final double SATURATED = 0.85;

    /** The processes measured, {@link #SERVICES} (their sum) after the services when any was measured. */
    List<String> processes() {
        List<String> processes = new java.util.ArrayList<>(cpuSeconds.keySet());
        if (processes.stream().anyMatch(RunCosts::isService)) {
            processes.add(SERVICES);
        }
        return processes;
    }

    static boolean isService(String process) {
        return process.endsWith("-service");
    }

    private double seconds(Map<String, Double> seconds, String process) {
        if (SERVICES.equals(process)) {
            return seconds.entrySet().stream()
                    .filter(entry -> isService(entry.getKey()))
                    .mapToDouble(Map.Entry::getValue)
                    .sum();
        }
        return seconds.getOrDefault(process, 0.0);
    }

    private double perCheckout(double seconds) {
        return checkouts == 0 ? 0 : 1000 * seconds / checkouts;
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
        double machine = 0;
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, Double> compiler = new LinkedHashMap<>();
        Map<String, Action> emulator = new LinkedHashMap<>();
        for (RunCosts run : runs) {
            checkouts += run.checkouts;
            wall = wall.plus(run.wall);
            machine += run.machineSeconds;
            run.cpuSeconds.forEach((process, seconds) -> cpu.merge(process, seconds, Double::sum));
            run.compilerSeconds.forEach((process, seconds) -> compiler.merge(process, seconds, Double::sum));
            run.emulator.forEach((name, action) -> emulator.merge(
                    name,
                    action,
                    (a, b) -> new Action(
                            a.requests() + b.requests(),
                            a.seconds() + b.seconds(),
                            a.lockWaitSeconds() + b.lockWaitSeconds())));
        }
        return new RunCosts(checkouts, wall, cpu, compiler, machine, emulator);
    }
}
