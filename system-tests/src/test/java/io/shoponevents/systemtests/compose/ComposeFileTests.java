package io.shoponevents.systemtests.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What matters in docker-compose.yml, checked without Docker. */
class ComposeFileTests {

    /** Ports from ARCHITECTURE.md. */
    private static final Map<String, Integer> SERVICE_PORTS = Map.of(
            "order-service", 8081, "inventory-service", 8082, "shipping-service", 8083, "notification-service", 8084);

    /** The OpenTelemetry Collector image is distroless: it has no tool a healthcheck could run. */
    private static final Set<String> WITHOUT_PROBE_TOOL = Set.of("otel-collector");

    private final JsonNode services = ComposeFile.read("docker-compose.yml").path("services");

    @Test
    void everyLongRunningServiceHasAHealthcheck() {
        services.properties().forEach(service -> {
            boolean oneShot = "no".equals(service.getValue().path("restart").asString());
            if (!oneShot && !WITHOUT_PROBE_TOOL.contains(service.getKey())) {
                assertThat(service.getValue().path("healthcheck").path("test").isArray())
                        .as("%s has a healthcheck", service.getKey())
                        .isTrue();
            }
        });
    }

    @Test
    void theShopServicesStartOnlyAfterTheProvisionerCompletedOnAHealthyEndpoint() {
        SERVICE_PORTS
                .keySet()
                .forEach(name -> assertThat(services.path(name)
                                .path("depends_on")
                                .path("provisioner")
                                .path("condition")
                                .asString())
                        .as("%s waits for the provisioner", name)
                        .isEqualTo("service_completed_successfully"));
        assertThat(services.path("provisioner")
                        .path("depends_on")
                        .path("aws")
                        .path("condition")
                        .asString())
                .isEqualTo("service_healthy");
        assertThat(services.path("provisioner").path("command").toString()).contains("http://aws:4566");
    }

    @Test
    void servicesListenOnTheirContractPortsAndCheckTheirOwnReadiness() {
        SERVICE_PORTS.forEach((name, port) -> {
            JsonNode service = services.path(name);
            assertThat(service.path("ports").valueStream().map(JsonNode::asString))
                    .containsExactly(port + ":" + port);
            assertThat(service.path("build").path("args").path("SERVICE").asString())
                    .isEqualTo(name);
            assertThat(service.path("build").path("args").path("PORT").asString())
                    .isEqualTo(port.toString());
            assertThat(service.path("healthcheck").path("test").toString())
                    .contains("http://localhost:" + port + "/actuator/health/readiness");
            assertThat(service.path("environment")
                            .path("SPRING_CLOUD_AWS_ENDPOINT")
                            .asString())
                    .isEqualTo("http://aws:4566");
        });
    }

    @Test
    void localStackIsPinnedTo4140AndEveryImageHasAFixedTag() {
        assertThat(services.path("aws").path("image").asString())
                .isEqualTo("${LOCALSTACK_IMAGE:-localstack/localstack:4.14.0}");
        services.properties().stream()
                .map(service -> service.getValue().path("image").asString(""))
                .filter(image -> !image.isEmpty())
                .forEach(image -> assertThat(image).matches(".*:[0-9][^:}]*}?").doesNotContain(":latest"));
    }

    @Test
    void theMotoOverrideRunsTheProjectsOwnEmulatorAndLeavesTheTraceViewerToAProfile() {
        JsonNode override = ComposeFile.read("docker-compose.moto.yml").path("services");

        assertThat(override.propertyNames()).containsExactlyInAnyOrder("aws", "otel-collector", "jaeger");
        assertThat(override.path("aws").path("build").path("dockerfile").asString())
                .isEqualTo("compose/moto/Dockerfile");
        assertThat(override.path("aws").path("image").asString())
                .as("a name of the project's own, never the name of an image it stands in for")
                .startsWith("shop-on-events/");
        assertThat(override.path("otel-collector").path("profiles").toString()).isEqualTo("[\"traces\"]");
        assertThat(override.path("jaeger").path("profiles").toString()).isEqualTo("[\"traces\"]");
    }

    @Test
    void theEmulatorImageRunsThePatchedMotoServerAtTheVersionOfTheLocalRun() throws IOException {
        Path root = ComposeFile.repositoryRoot();
        String localRun = Files.readString(root.resolve("scripts/moto-server.sh"));
        String dockerfile = Files.readString(root.resolve("compose/moto/Dockerfile"));
        JsonNode build = ComposeFile.read("docker-compose.moto.yml")
                .path("services")
                .path("aws")
                .path("build");

        String version = localRun.replaceAll("(?s).*MOTO_VERSION=\"([^\"]+)\".*", "$1");
        assertThat(dockerfile).contains("ARG MOTO_VERSION=" + version).contains("scripts/moto_server.py");
        assertThat(build.path("args").path("MOTO_VERSION").asString()).isEqualTo(version);
    }

    @Test
    void theServiceImageIsBuiltOnlyFromWhatTheProjectBuilds() throws IOException {
        List<String> dockerfile =
                Files.readAllLines(ComposeFile.repositoryRoot().resolve("Dockerfile"));

        assertThat(dockerfile)
                .as("no artifact is downloaded into the image")
                .noneMatch(line -> line.matches("(?i)^\\s*ADD\\s+https?://.*"))
                .noneMatch(line -> line.matches("(?i).*\\b(curl|wget)\\b.*\\.jar.*"));
        assertThat(String.join("\n", dockerfile))
                .contains("./mvnw")
                .contains("/target/${service}.jar")
                .contains("USER ")
                .doesNotContain("# syntax")
                .doesNotContain("<<");
    }
}
