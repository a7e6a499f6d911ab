package io.shoponevents.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.regions.Region;

/**
 * moto server, for machines without Docker. {@code scripts/moto-server.sh} installs the pinned version into the
 * project on first use; this class starts it on a free port, waits until it answers, and stops it when the JVM exits.
 */
final class MotoServer {

    private static final Duration INSTALL_AND_START_TIMEOUT = Duration.ofMinutes(5);

    private MotoServer() {}

    static AwsEndpoint start(Region region) {
        Path script = projectRoot().resolve("scripts/moto-server.sh");
        int port = freePort();
        Path log = logFile();
        Process process;
        try {
            process = new ProcessBuilder("bash", script.toString(), Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(noEndpointMessage("could not run " + script + ": " + e.getMessage()), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "moto-stop"));
        awaitListening(process, port, log);
        return new AwsEndpoint(URI.create("http://127.0.0.1:" + port), region, "test", "test", "moto server");
    }

    private static void awaitListening(Process process, int port, Path log) {
        Instant deadline = Instant.now().plus(INSTALL_AND_START_TIMEOUT);
        while (!answers(port)) {
            try {
                if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException(
                            noEndpointMessage("moto server exited with " + process.exitValue() + "; see " + log));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting moto server", e);
            }
            if (Instant.now().isAfter(deadline)) {
                stop(process);
                throw new IllegalStateException(noEndpointMessage("moto server did not answer within "
                        + INSTALL_AND_START_TIMEOUT.toMinutes() + " minutes; see " + log));
            }
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
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

    private static Path logFile() {
        try {
            Path dir = projectRoot().resolve(".aws-emulator");
            Files.createDirectories(dir);
            return dir.resolve("moto-" + ProcessHandle.current().pid() + ".log");
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

    private static String noEndpointMessage(String cause) {
        return "No AWS endpoint for integration tests: " + cause + ". Any one of these fixes it: install Python 3.9+"
                + " with venv (moto server is then installed into .aws-emulator/), start a Docker engine (LocalStack),"
                + " or set AWS_ENDPOINT_URL to a running endpoint.";
    }
}
