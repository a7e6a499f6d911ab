package io.shoponevents.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Time from process start to readiness UP: starts the service on a spare port the way scripts/run.sh does
 * (scripts/start-service.sh: same environment, JVM settings and class data archive), polls
 * {@code /actuator/health/readiness}, stops it; the median of several starts. One start before them is not counted: the
 * first start after a build records the archive. The extra instance consumes from the service's queue while it runs,
 * so this runs when no load does.
 */
final class StartupTimer {

    static final List<String> SERVICES =
            List.of("order-service", "inventory-service", "shipping-service", "notification-service");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration POLL = Duration.ofMillis(50);

    private final Path projectRoot;
    private final Map<String, String> environment;
    private final Path logDir;
    private final ShopApi probe = new ShopApi(ShopUrls.localhost());

    StartupTimer(Path projectRoot, URI endpoint, URI dynamoDbEndpoint, String region) {
        this.projectRoot = projectRoot;
        this.environment = Map.of(
                "AWS_ENDPOINT_URL",
                endpoint.toString(),
                "AWS_REGION",
                region,
                "SPRING_CLOUD_AWS_ENDPOINT",
                endpoint.toString(),
                "AWS_ENDPOINT_URL_DYNAMODB",
                dynamoDbEndpoint.toString(),
                "SPRING_CLOUD_AWS_DYNAMODB_ENDPOINT",
                dynamoDbEndpoint.toString(),
                "SPRING_CLOUD_AWS_REGION_STATIC",
                region);
        this.logDir = projectRoot.resolve(".run/benchmark");
    }

    /** Each start's time to ready. */
    List<Duration> measure(String service, int starts) throws InterruptedException {
        Path jar = projectRoot.resolve(service).resolve("target").resolve(service + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build the services first (./mvnw install -DskipTests)");
        }
        startOnce(service);
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            times.add(startOnce(service));
        }
        return times;
    }

    private Duration startOnce(String service) throws InterruptedException {
        int port = sparePort();
        URI base = URI.create("http://127.0.0.1:" + port);
        Process process;
        long started;
        try {
            Files.createDirectories(logDir);
            // The way scripts/run.sh starts a service: same JVM settings, same class data archive.
            ProcessBuilder builder = new ProcessBuilder(
                            "bash",
                            projectRoot.resolve("scripts/start-service.sh").toString(),
                            service,
                            "--server.port=" + port)
                    .redirectErrorStream(true)
                    .redirectOutput(logDir.resolve(service + "-startup.log").toFile());
            builder.environment().putAll(environment);
            started = System.nanoTime();
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            long deadline = started + READY_TIMEOUT.toNanos();
            while (!probe.ready(base)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            service + " did not become ready; see " + logDir.resolve(service + "-startup.log"));
                }
                Thread.sleep(POLL.toMillis());
            }
            return Duration.ofNanos(System.nanoTime() - started);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int sparePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
