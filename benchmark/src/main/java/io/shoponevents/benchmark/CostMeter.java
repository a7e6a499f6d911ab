package io.shoponevents.benchmark;

import io.shoponevents.benchmark.EmulatorStats.Action;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures {@link RunCosts}: CPU time of the processes listening on the given local ports (found through /proc, as
 * {@link ServiceMemory} finds them) and the emulator's counters, read when a run starts and when it ends.
 */
final class CostMeter {

    private final Map<String, Integer> portsByProcess;
    private final EmulatorStats emulator;

    /** @param portsByProcess name → local port of each process to measure, in report order */
    CostMeter(Map<String, Integer> portsByProcess, EmulatorStats emulator) {
        this.portsByProcess = portsByProcess;
        this.emulator = emulator;
    }

    Running start() {
        return new Running(System.nanoTime(), cpuNow(), emulator.snapshot());
    }

    final class Running {

        private final long startedAt;
        private final Map<String, Double> cpuBefore;
        private final Map<String, Action> emulatorBefore;

        private Running(long startedAt, Map<String, Double> cpuBefore, Map<String, Action> emulatorBefore) {
            this.startedAt = startedAt;
            this.cpuBefore = cpuBefore;
            this.emulatorBefore = emulatorBefore;
        }

        RunCosts stop(int checkouts) {
            Duration wall = Duration.ofNanos(System.nanoTime() - startedAt);
            Map<String, Double> used = new LinkedHashMap<>();
            cpuNow().forEach((process, seconds) -> {
                if (cpuBefore.containsKey(process)) {
                    used.put(process, seconds - cpuBefore.get(process));
                }
            });
            return new RunCosts(checkouts, wall, used, EmulatorStats.between(emulatorBefore, emulator.snapshot()));
        }
    }

    private Map<String, Double> cpuNow() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        portsByProcess.forEach((process, port) -> ServiceMemory.pidListeningOn(port)
                .ifPresent(pid -> ProcessCpu.secondsOf(pid).ifPresent(cpu -> seconds.put(process, cpu))));
        return seconds;
    }
}
