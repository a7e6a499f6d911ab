package io.shoponevents.benchmark;

import io.shoponevents.benchmark.EmulatorStats.Action;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures {@link RunCosts}: CPU time of the processes listening on the given local ports (found through /proc, as
 * {@link ServiceMemory} finds them) and of their JIT compiler threads, the machine's CPU time, and the emulators'
 * counters, read when a run starts and when it ends.
 */
final class CostMeter {

    private final Map<String, Integer> portsByProcess;
    private final List<EmulatorStats> emulators;

    /**
     * @param portsByProcess name → local port of each process to measure, in report order
     * @param emulators the endpoints whose counters to read (one, or two when DynamoDB has its own)
     */
    CostMeter(Map<String, Integer> portsByProcess, List<EmulatorStats> emulators) {
        this.portsByProcess = portsByProcess;
        this.emulators = List.copyOf(emulators);
    }

    Running start() {
        return new Running();
    }

    final class Running {

        private final long startedAt = System.nanoTime();
        private final Reading before = read();

        RunCosts stop(int checkouts) {
            Duration wall = Duration.ofNanos(System.nanoTime() - startedAt);
            Reading after = read();
            return new RunCosts(
                    checkouts,
                    wall,
                    difference(before.cpu, after.cpu),
                    difference(before.compiler, after.compiler),
                    after.machine - before.machine,
                    EmulatorStats.between(before.emulator, after.emulator));
        }
    }

    private record Reading(
            Map<String, Double> cpu, Map<String, Double> compiler, double machine, Map<String, Action> emulator) {}

    private Reading read() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, Double> compiler = new LinkedHashMap<>();
        portsByProcess.forEach((process, port) -> ServiceMemory.pidListeningOn(port)
                .ifPresent(pid -> ProcessCpu.secondsOf(pid).ifPresent(seconds -> {
                    cpu.put(process, seconds);
                    compiler.put(process, ProcessCpu.compilerSecondsOf(pid));
                })));
        Map<String, Action> emulator = new LinkedHashMap<>();
        emulators.forEach(stats -> stats.snapshot()
                .forEach((name, action) -> emulator.merge(
                        name,
                        action,
                        (a, b) -> new Action(
                                a.requests() + b.requests(),
                                a.seconds() + b.seconds(),
                                a.lockWaitSeconds() + b.lockWaitSeconds()))));
        return new Reading(cpu, compiler, ProcessCpu.machineSeconds().orElse(0), emulator);
    }

    /** What each process used between two readings; a process missing from either is left out. */
    private static Map<String, Double> difference(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((process, seconds) -> {
            if (before.containsKey(process)) {
                used.put(process, seconds - before.get(process));
            }
        });
        return used;
    }
}
