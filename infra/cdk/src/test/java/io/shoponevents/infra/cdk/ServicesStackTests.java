package io.shoponevents.infra.cdk;

import static io.shoponevents.infra.cdk.CfnTemplate.list;
import static io.shoponevents.infra.cdk.CfnTemplate.map;
import static io.shoponevents.infra.cdk.CfnTemplate.referencedId;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ServicesStackTests {

    private static final String TASK_DEFINITION = "AWS::ECS::TaskDefinition";

    private static SynthesizedShop shop;
    private static CfnTemplate services;

    @BeforeAll
    static void synthesize() {
        shop = SynthesizedShop.get();
        services = shop.services;
    }

    /** The REST contract of ARCHITECTURE.md: each service's paths and port. */
    private static final Map<String, Route> CONTRACT = Map.of(
            "order-service", new Route(8081, List.of("/api/carts*", "/api/orders*")),
            "inventory-service", new Route(8082, List.of("/api/stock*", "/api/reservations*")),
            "shipping-service", new Route(8083, List.of("/api/shipments*")),
            "notification-service", new Route(8084, List.of("/api/notifications*")));

    private record Route(int port, List<String> paths) {}

    @Test
    void routesTheApiPathsOfEachServiceToItsContainerPortOnceItIsReady() {
        CONTRACT.forEach((module, route) -> {
            List<Map<String, Object>> rules = services.properties("AWS::ElasticLoadBalancingV2::ListenerRule").stream()
                    .filter(rule -> list(rule.get("Conditions"))
                            .contains(Map.of(
                                    "Field", "path-pattern", "PathPatternConfig", Map.of("Values", route.paths()))))
                    .toList();
            assertThat(rules).as(module).hasSize(1);
            String targetGroup =
                    referencedId(map(list(rules.get(0).get("Actions")).get(0)).get("TargetGroupArn"));

            assertThat(services.propertiesOf(targetGroup))
                    .containsEntry("Port", route.port())
                    .containsEntry("HealthCheckPath", "/actuator/health/readiness")
                    .containsEntry("Matcher", Map.of("HttpCode", "200"));
            Map<String, Object> ecsService =
                    services.propertiesOf(services.logicalId("AWS::ECS::Service", "ServiceName", module));
            assertThat(list(ecsService.get("LoadBalancers")))
                    .containsExactly(Map.of(
                            "ContainerName", "app",
                            "ContainerPort", route.port(),
                            "TargetGroupArn", Map.of("Ref", targetGroup)));
        });
        // and one more: the storefront's
        services.template.resourceCountIs("AWS::ElasticLoadBalancingV2::ListenerRule", CONTRACT.size() + 1);
    }

    @Test
    void servesTheStorefrontUnderShopOnceReadyAndLetsItCallEachServiceByItsCloudMapName() {
        List<Map<String, Object>> rules = services.properties("AWS::ElasticLoadBalancingV2::ListenerRule").stream()
                .filter(rule -> list(rule.get("Conditions"))
                        .contains(Map.of(
                                "Field",
                                "path-pattern",
                                "PathPatternConfig",
                                Map.of("Values", List.of("/shop", "/shop/*")))))
                .toList();
        assertThat(rules).hasSize(1);
        String targetGroup =
                referencedId(map(list(rules.get(0).get("Actions")).get(0)).get("TargetGroupArn"));
        assertThat(services.propertiesOf(targetGroup))
                .containsEntry("Port", 8080)
                .containsEntry("HealthCheckPath", "/shop/actuator/health/readiness");

        Map<String, Object> task = services.propertiesOf(services.logicalId(TASK_DEFINITION, "Family", "storefront"));
        assertThat(list(task.get("ContainerDefinitions")))
                .as("no X-Ray daemon: the storefront sends no segments")
                .hasSize(1);
        assertThat(environment(map(list(task.get("ContainerDefinitions")).get(0))))
                .containsEntry("SERVER_SERVLET_CONTEXT_PATH", "/shop")
                .containsEntry("STOREFRONT_SERVICES_ORDER", "http://order-service.shop.internal:8081")
                .containsEntry("STOREFRONT_SERVICES_INVENTORY", "http://inventory-service.shop.internal:8082")
                .containsEntry("STOREFRONT_SERVICES_SHIPPING", "http://shipping-service.shop.internal:8083")
                .containsEntry("STOREFRONT_SERVICES_NOTIFICATION", "http://notification-service.shop.internal:8084");

        assertThat(services.properties("AWS::ServiceDiscovery::PrivateDnsNamespace"))
                .singleElement()
                .satisfies(namespace -> assertThat(namespace).containsEntry("Name", "shop.internal"));
        Set<Object> portsOpenToTheStorefront = services.properties("AWS::EC2::SecurityGroupIngress").stream()
                .filter(ingress -> String.valueOf(ingress.get("Description")).contains("calls from storefront"))
                .map(ingress -> ingress.get("FromPort"))
                .collect(Collectors.toSet());
        assertThat(portsOpenToTheStorefront).containsExactlyInAnyOrder(8081, 8082, 8083, 8084);
    }

    @Test
    void answersAnyOtherPathWithNotFound() {
        assertThat(services.properties("AWS::ElasticLoadBalancingV2::Listener"))
                .singleElement()
                .satisfies(listener -> assertThat(
                                map(list(listener.get("DefaultActions")).get(0)))
                        .containsEntry("Type", "fixed-response")
                        .extracting(
                                action -> map(action.get("FixedResponseConfig")).get("StatusCode"))
                        .isEqualTo("404"));
    }

    @Test
    void runsAnXrayDaemonBesideEveryServiceAndPointsTheServiceToIt() {
        for (ServiceDeployment deployment : ServiceDeployment.all()) {
            Map<String, Object> app = container(deployment, "app");
            Map<String, Object> daemon = container(deployment, "xray-daemon");

            assertThat(environment(app))
                    .containsEntry("AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:2000")
                    .containsEntry("AWS_REGION", SynthesizedShop.REGION)
                    .containsEntry("SPRING_PROFILES_ACTIVE", "aws")
                    .containsEntry("SHOP_SENDER_EMAIL", "shop@example.com")
                    .containsKey("SHOP_TOPIC_ARN");
            assertThat(daemon)
                    .containsEntry("Image", "public.ecr.aws/xray/aws-xray-daemon:3.x")
                    .containsEntry("Essential", false);
            assertThat(list(daemon.get("PortMappings")))
                    .containsExactly(Map.of("ContainerPort", 2000, "Protocol", "udp"));
        }
    }

    @Test
    void buildsEveryImageFromTheRepositoryDockerfileWithoutBuildOutputInTheContext() throws Exception {
        Path outdir = Path.of(shop.app.getOutdir());
        JsonNode images = EventJson.mapper()
                .readTree(outdir.resolve("ShopServices.assets.json").toFile())
                .path("dockerImages");

        Map<String, String> portsByModule = images.values().stream()
                .map(image -> image.path("source"))
                .collect(Collectors.toMap(
                        source -> source.at("/dockerBuildArgs/SERVICE").asString(),
                        source -> source.at("/dockerBuildArgs/PORT").asString()));
        Map<String, String> expected = new java.util.HashMap<>(CONTRACT.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> String.valueOf(entry.getValue().port()))));
        expected.put("storefront", "8080");
        assertThat(portsByModule).isEqualTo(expected);
        for (JsonNode image : images.values()) {
            Path context = outdir.resolve(image.at("/source/directory").asString());
            assertThat(context.resolve("Dockerfile")).isRegularFile();
            assertThat(context.resolve("mvnw")).isRegularFile();
            try (var files = Files.walk(context)) {
                assertThat(files.map(context::relativize).map(Path::toString))
                        .noneMatch(path -> path.equals(".git") || path.matches("(.*/)?(target|cdk\\.out)(/.*)?"));
            }
        }
    }

    @Test
    void scalesEveryServiceOnTheDepthOfItsOwnQueue() {
        assertThat(services.properties("AWS::ApplicationAutoScaling::ScalableTarget"))
                .hasSize(ServiceDeployment.all().size())
                .allSatisfy(target -> assertThat(target)
                        .containsEntry("MinCapacity", 1)
                        .containsEntry("MaxCapacity", ShopService.MAX_TASKS));
        Set<Object> scaledOnQueues = services.properties("AWS::CloudWatch::Alarm").stream()
                .filter(alarm -> "ApproximateNumberOfMessagesVisible".equals(alarm.get("MetricName")))
                .flatMap(alarm -> list(alarm.get("Dimensions")).stream())
                .map(dimension -> shop.resolveImport(map(dimension).get("Value")))
                .map(queueName ->
                        shop.messaging.propertiesOf(referencedId(queueName)).get("QueueName"))
                .collect(Collectors.toSet());

        assertThat(scaledOnQueues)
                .isEqualTo(ServiceDeployment.all().stream()
                        .map(deployment -> deployment.service().queueName())
                        .collect(Collectors.toSet()));
    }

    @Test
    void keepsEachServicesLogsForAMonth() {
        for (ServiceDeployment deployment : ServiceDeployment.all()) {
            String logGroup =
                    services.logicalId("AWS::Logs::LogGroup", "LogGroupName", "/shop/" + deployment.moduleName());
            assertThat(services.propertiesOf(logGroup)).containsEntry("RetentionInDays", 30);
        }
    }

    private static Map<String, Object> container(ServiceDeployment deployment, String name) {
        Map<String, Object> task =
                services.propertiesOf(services.logicalId(TASK_DEFINITION, "Family", deployment.moduleName()));
        return list(task.get("ContainerDefinitions")).stream()
                .map(CfnTemplate::map)
                .filter(container -> name.equals(container.get("Name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(deployment.moduleName() + " has no container " + name));
    }

    private static Map<String, Object> environment(Map<String, Object> container) {
        return list(container.get("Environment")).stream()
                .map(CfnTemplate::map)
                .collect(
                        Collectors.toMap(variable -> (String) variable.get("Name"), variable -> variable.get("Value")));
    }
}
