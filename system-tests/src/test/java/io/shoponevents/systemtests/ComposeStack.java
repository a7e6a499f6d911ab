package io.shoponevents.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The repository's compose stack, driven through the {@code docker compose} CLI as a user types it. Every command is
 * bounded in time; its output goes to a log file under {@code system-tests/target/compose/}.
 *
 * <p>The compose files come from {@code -Dshop.compose.files} (comma-separated, default the moto variant:
 * {@code docker-compose.yml,docker-compose.moto.yml}).
 */
final class ComposeStack {

    /** A container of the stack as {@code docker compose ps} reports it. */
    record Container(String service, String name, String state, String health, int exitCode) {}

    private static final Duration QUICK = Duration.ofMinutes(2);

    private final Path root;
    private final List<String> files;
    private final Path logs;

    private ComposeStack(Path root, List<String> files) {
        this.root = root;
        this.files = files;
        this.logs = root.resolve("system-tests").resolve("target").resolve("compose");
    }

    static ComposeStack fromSystemProperties() {
        String root = System.getProperty("shop.test.project-root");
        return new ComposeStack(
                root == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(root),
                Arrays.asList(System.getProperty("shop.compose.files", "docker-compose.yml,docker-compose.moto.yml")
                        .split(",")));
    }

    boolean uses(String file) {
        return files.contains(file);
    }

    /** Fails when no Docker engine answers: a compose test that was asked for is never skipped. */
    void requireEngine() {
        Result info = run("engine", QUICK, List.of("docker", "info"));
        if (info.exitCode() != 0) {
            throw new IllegalStateException("no Docker engine answers (docker info exited " + info.exitCode()
                    + "): start one, e.g. with scripts/docker-engine.sh\n" + info.output());
        }
        Result compose = run("engine", QUICK, List.of("docker", "compose", "version"));
        if (compose.exitCode() != 0) {
            throw new IllegalStateException(
                    "the docker compose plugin is missing: scripts/docker-engine.sh provides it\n" + compose.output());
        }
    }

    /** {@code up --build --wait}: builds the images, starts the stack and waits until every container is healthy. */
    void up(Duration bound, Duration healthy) {
        Result up =
                compose("up", bound, "up", "--build", "--wait", "--wait-timeout", String.valueOf(healthy.toSeconds()));
        if (up.exitCode() != 0) {
            throw new IllegalStateException("docker compose up failed (exit " + up.exitCode() + "), see " + up.log()
                    + "\n" + tail(up.output()));
        }
    }

    List<Container> containers() {
        Result ps = compose("ps", QUICK, "ps", "--all", "--format", "json");
        if (ps.exitCode() != 0) {
            throw new IllegalStateException("docker compose ps failed: " + ps.output());
        }
        List<Container> containers = new ArrayList<>();
        ps.output().lines().filter(line -> line.startsWith("{")).forEach(line -> {
            JsonNode container = JsonMapper.shared().readTree(line);
            containers.add(new Container(
                    container.path("Service").asString(),
                    container.path("Name").asString(),
                    container.path("State").asString(),
                    container.path("Health").asString(""),
                    container.path("ExitCode").asInt()));
        });
        return containers;
    }

    /** Memory in use by each running container, as {@code docker stats} reports it. */
    String memoryUsage() {
        List<String> names = containers().stream()
                .filter(container -> "running".equals(container.state()))
                .map(Container::name)
                .toList();
        if (names.isEmpty()) {
            return "";
        }
        List<String> command =
                new ArrayList<>(List.of("docker", "stats", "--no-stream", "--format", "{{.Name}}: {{.MemUsage}}"));
        command.addAll(names);
        return run("stats", QUICK, command).output();
    }

    /** Keeps the containers' logs, then removes the stack with its volumes. */
    void down() {
        compose("logs", QUICK, "logs", "--no-color", "--timestamps");
        Result down = compose("down", QUICK, "down", "--volumes", "--remove-orphans", "--timeout", "20");
        if (down.exitCode() != 0) {
            throw new IllegalStateException("docker compose down failed: " + down.output());
        }
    }

    private Result compose(String logName, Duration bound, String... arguments) {
        List<String> command = new ArrayList<>(List.of("docker", "compose"));
        files.forEach(file -> command.addAll(List.of("-f", file)));
        command.addAll(List.of(arguments));
        return run(logName, bound, command);
    }

    private record Result(int exitCode, String output, Path log) {}

    private Result run(String logName, Duration bound, List<String> command) {
        try {
            Files.createDirectories(logs);
            Path log = logs.resolve(logName + ".log");
            Process process = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(bound.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + bound + ", see "
                        + log + "\n" + tail(Files.readString(log)));
            }
            return new Result(process.exitValue(), Files.readString(log), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(String output) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
