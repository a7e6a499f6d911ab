package io.shoponevents.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * CPU time (user + system) from /proc: of a process since it started (/proc/[pid]/stat), of its JIT compiler threads
 * (/proc/[pid]/task/[tid]/stat of the threads HotSpot names "C1 CompilerThread…" and "C2 CompilerThread…"), and of the
 * whole machine (/proc/stat). Linux only.
 */
final class ProcessCpu {

    /** USER_HZ, the unit of the times in /proc/[pid]/stat: 100 on every Linux architecture Java runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {}

    static OptionalDouble secondsOf(long pid) {
        try {
            return OptionalDouble.of(parseSeconds(Files.readString(Path.of("/proc/" + pid + "/stat"))));
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }

    /** CPU time of the process's JIT compiler threads; 0 for a process that has none (the Python emulator). */
    static double compilerSecondsOf(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            return tasks.mapToDouble(task -> {
                        try {
                            String stat = Files.readString(task.resolve("stat"));
                            return isCompilerThread(stat) ? parseSeconds(stat) : 0;
                        } catch (IOException | RuntimeException e) {
                            return 0; // the thread ended
                        }
                    })
                    .sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static boolean isCompilerThread(String stat) {
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
    }

    /** CPU time every process on the machine used since boot, all cores together. */
    static OptionalDouble machineSeconds() {
        try {
            return OptionalDouble.of(parseMachineSeconds(Files.readAllLines(Path.of("/proc/stat"))));
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }

    /** The first line, {@code cpu user nice system idle iowait irq softirq steal ...}: everything but idle and iowait. */
    static double parseMachineSeconds(List<String> procStat) {
        String[] fields = procStat.get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i <= 8 && i < fields.length; i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(fields[i]);
            }
        }
        return busy / TICKS_PER_SECOND;
    }

    /** utime and stime are fields 14 and 15; the command name (field 2, in parentheses) may contain spaces. */
    static double parseSeconds(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
        return ticks / TICKS_PER_SECOND;
    }
}
