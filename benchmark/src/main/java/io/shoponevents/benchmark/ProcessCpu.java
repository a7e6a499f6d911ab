package io.shoponevents.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** CPU time (user + system) a process has used since it started, from /proc/[pid]/stat. Linux only. */
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

    /** utime and stime are fields 14 and 15; the command name (field 2, in parentheses) may contain spaces. */
    static double parseSeconds(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
        return ticks / TICKS_PER_SECOND;
    }
}
