package io.shoponevents.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One service jar running as its own process, as in production: started, awaited until ready, stopped. */
final class ServiceProcess {

    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(Path jar, String name, int port, Map<String, String> environment, Path logDir) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build the services first (./mvnw verify builds them)");
        }
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + "-" + port + ".log");
            List<String> command = new ArrayList<>(List.of(
                    javaExecutable(),
                    "-XX:TieredStopAtLevel=1",
                    "-Xss512k",
                    "-jar",
                    jar.toString(),
                    "--server.port=" + port));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            ServiceProcess service = new ServiceProcess(name, port, builder.start(), log);
            Runtime.getRuntime().addShutdownHook(new Thread(service::stop, "stop-" + name));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void awaitReady(Duration timeout) {
        await().atMost(timeout)
                .pollInterval(Duration.ofMillis(250))
                .failFast(name + " exited; see " + log, () -> !process.isAlive())
                .until(this::ready);
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Peak resident memory of the process so far (VmHWM), where the OS reports it. */
    Optional<Long> peakResidentKilobytes() {
        try {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    String name() {
        return name;
    }

    void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                process.onExit()
                        .get(
                                java.util.concurrent.TimeUnit.SECONDS.toMillis(15),
                                java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
    }

    private boolean ready() {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(baseUri().resolve("/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
