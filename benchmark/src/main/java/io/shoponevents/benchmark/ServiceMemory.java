package io.shoponevents.benchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Peak resident memory (VmHWM) of the process listening on a port: the port's socket inode from /proc/net/tcp*, the
 * process holding that socket from /proc/[pid]/fd. VmHWM is the peak since the process started, so read after the
 * load it covers the load. Linux only, and only for processes this user may inspect; otherwise empty.
 */
final class ServiceMemory {

    private ServiceMemory() {}

    static OptionalLong peakResidentKilobytes(int port) {
        return pidListeningOn(port).map(ServiceMemory::peakResidentKilobytesOf).orElse(OptionalLong.empty());
    }

    static Optional<Long> pidListeningOn(int port) {
        List<String> lines = new ArrayList<>();
        for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                lines.addAll(Files.readAllLines(Path.of(file)));
            } catch (IOException e) {
                // no IPv4 or no IPv6 table: use the other
            }
        }
        return ListeningSockets.inodeListeningOn(port, lines).flatMap(ServiceMemory::pidHolding);
    }

    private static Optional<Long> pidHolding(String inode) {
        String target = "socket:[" + inode + "]";
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
                    for (Path fd : fds) {
                        if (target.equals(Files.readSymbolicLink(fd).toString())) {
                            return Optional.of(
                                    Long.parseLong(process.getFileName().toString()));
                        }
                    }
                } catch (IOException | SecurityException e) {
                    // a process that ended or is not ours
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static OptionalLong peakResidentKilobytesOf(long pid) {
        try {
            return parseVmHwm(Files.readAllLines(Path.of("/proc/" + pid + "/status")));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong parseVmHwm(List<String> statusLines) {
        return statusLines.stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst();
    }
}
