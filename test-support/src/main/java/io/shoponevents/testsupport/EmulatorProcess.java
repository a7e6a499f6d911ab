package io.shoponevents.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An AWS emulator run by one of the project's scripts ({@code scripts/moto-server.sh},
 * {@code scripts/localstack-server.sh}), which install it into the project on first use: started on a free port,
 * awaited until it is ready, and stopped when the JVM exits.
 */
final class EmulatorProcess {

    private static final Duration INSTALL_AND_START_TIMEOUT = Duration.ofMinutes(10);

    private EmulatorProcess() {}

    /**
     * Runs {@code scripts/<script> <port>} and returns the emulator's URL once {@code ready} holds for it.
     *
     * @param name the emulator's name, for messages and the log file in {@code .aws-emulator/}
     */
    static URI start(String name, String script, Predicate<URI> ready) {
        Path path = projectRoot().resolve("scripts").resolve(script);
        int port = freePort();
        URI uri = URI.create("http://127.0.0.1:" + port);
        Path log = logFile(name);
        Process process;
        try {
            process = new ProcessBuilder("bash", path.toString(), Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + path + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), name + "-stop"));
        awaitReady(name, process, uri, ready, log);
        return uri;
    }

    private static void awaitReady(String name, Process process, URI uri, Predicate<URI> ready, Path log) {
        Instant deadline = Instant.now().plus(INSTALL_AND_START_TIMEOUT);
        while (!ready.test(uri)) {
            try {
                if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting " + name, e);
            }
            if (Instant.now().isAfter(deadline)) {
                stop(process);
                throw new IllegalStateException(name + " was not ready within " + INSTALL_AND_START_TIMEOUT.toMinutes()
                        + " minutes; see " + log);
            }
        }
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path logFile(String name) {
        try {
            Path dir = projectRoot().resolve(".aws-emulator");
            Files.createDirectories(dir);
            return dir.resolve(name.replaceAll("[^A-Za-z0-9.-]", "-") + "-"
                    + ProcessHandle.current().pid() + ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: set by the build, else the nearest directory upwards that holds {@code mvnw}. */
    static Path projectRoot() {
        String configured = System.getProperty("shop.test.project-root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (File dir = new File("").getAbsoluteFile(); dir != null; dir = dir.getParentFile()) {
            if (new File(dir, "mvnw").isFile()) {
                return dir.toPath();
            }
        }
        throw new IllegalStateException(
                "cannot find the project root (a directory with mvnw) above " + new File("").getAbsolutePath());
    }
}
