package io.shoponevents.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine and versions a result was measured with. */
record Machine(
        int processors,
        String memory,
        String cpuModel,
        String os,
        String javaVersion,
        String motoVersion,
        String loadAverage) {

    Machine(int processors, String memory, String cpuModel, String os, String javaVersion, String motoVersion) {
        this(processors, memory, cpuModel, os, javaVersion, motoVersion, "unknown");
    }

    private static final Pattern MOTO_VERSION = Pattern.compile("MOTO_VERSION=\"([^\"]+)\"");

    static Machine current(Path projectRoot) {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                field(read("/proc/meminfo"), "MemTotal").map(Machine::gibibytes).orElse("unknown"),
                field(read("/proc/cpuinfo"), "model name").orElse("unknown"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                motoVersion(read(projectRoot.resolve("scripts/moto-server.sh").toString())),
                loadAverage(read("/proc/loadavg")));
    }

    /** The 1-, 5- and 15-minute load averages of /proc/loadavg. */
    static String loadAverage(List<String> procLoadavg) {
        if (procLoadavg.isEmpty()) {
            return "unknown";
        }
        String[] fields = procLoadavg.get(0).trim().split("\\s+");
        return fields.length < 3 ? "unknown" : String.join(" ", fields[0], fields[1], fields[2]);
    }

    static String motoVersion(List<String> script) {
        for (String line : script) {
            Matcher matcher = MOTO_VERSION.matcher(line);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return "unknown";
    }

    static Optional<String> field(List<String> lines, String name) {
        return lines.stream()
                .filter(line -> line.startsWith(name) && line.contains(":"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst();
    }

    private static String gibibytes(String memTotal) {
        long kilobytes = Long.parseLong(memTotal.replaceAll("[^0-9]", ""));
        return String.format(Locale.ROOT, "%.1f GiB", kilobytes / 1024.0 / 1024.0);
    }

    private static List<String> read(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
