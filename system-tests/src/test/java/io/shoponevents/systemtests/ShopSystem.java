package io.shoponevents.systemtests;

import io.shoponevents.infra.provision.Provisioner;
import io.shoponevents.testsupport.AwsEndpoint;
import io.shoponevents.testsupport.AwsTestEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The whole shop for system tests: one AWS endpoint, provisioned once, and the four services started once per test
 * JVM from the jars the build produced. Tests that need more instances (a second inventory consumer, an order service
 * with faults) start them here too.
 *
 * <p>Every instance sends its X-Ray segments to one {@link TraceDaemon}, started before the services, which the tracing
 * tests read; the other tests ignore it. An instance started with its own {@code AWS_XRAY_DAEMON_ADDRESS} sends them
 * there instead: {@code TracingSystemTests} starts one with nothing listening.
 */
final class ShopSystem {

    static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration RELAY_DELAY = Duration.ofSeconds(2);

    private static final ShopSystem INSTANCE = new ShopSystem();

    final AwsEndpoint endpoint = AwsTestEndpoint.get();
    final TraceDaemon traces = TraceDaemon.start();
    final ShopClient order;
    final ShopClient inventory;
    final ShopClient shipping;
    final ShopClient notification;
    private final List<ServiceProcess> processes = new CopyOnWriteArrayList<>();
    private URI storefront;

    private ShopSystem() {
        Provisioner.provision(
                endpoint.uri(), endpoint.dynamoDbUri(), endpoint.region().id(), "shop@example.com", System.out);
        List<ServiceProcess> started = List.of(
                start("order-service", Map.of()),
                start("inventory-service", Map.of()),
                start("shipping-service", Map.of()),
                start("notification-service", Map.of()));
        awaitReady(started);
        order = new ShopClient(started.get(0).baseUri());
        inventory = new ShopClient(started.get(1).baseUri());
        shipping = new ShopClient(started.get(2).baseUri());
        notification = new ShopClient(started.get(3).baseUri());
    }

    static ShopSystem get() {
        return INSTANCE;
    }

    /**
     * The storefront, started on first use (only the browser test needs it) against the four services above, through
     * their REST APIs.
     */
    synchronized URI storefront() {
        if (storefront == null) {
            Map<String, String> environment = Map.of(
                    "STOREFRONT_SERVICES_ORDER", order.baseUri().toString(),
                    "STOREFRONT_SERVICES_INVENTORY", inventory.baseUri().toString(),
                    "STOREFRONT_SERVICES_SHIPPING", shipping.baseUri().toString(),
                    "STOREFRONT_SERVICES_NOTIFICATION", notification.baseUri().toString());
            ServiceProcess process = ServiceProcess.start(
                    projectRoot().resolve("storefront").resolve("target").resolve("storefront.jar"),
                    "storefront",
                    freePort(),
                    environment,
                    projectRoot().resolve("system-tests").resolve("target").resolve("service-logs"));
            processes.add(process);
            awaitReady(List.of(process));
            storefront = process.baseUri();
        }
        return storefront;
    }

    /** Starts one more instance of a service, on a free port, and waits until it is ready. */
    ShopClient startAnother(String service, Map<String, String> settings) {
        ServiceProcess process = start(service, settings);
        awaitReady(List.of(process));
        return new ShopClient(process.baseUri());
    }

    /** Starts one more instance of a service, hands it to {@code use}, and stops it again. */
    void withAnother(String service, Map<String, String> settings, Consumer<ShopClient> use) {
        ServiceProcess process = start(service, settings);
        try {
            awaitReady(List.of(process));
            use.accept(new ShopClient(process.baseUri()));
        } finally {
            process.stop();
            processes.remove(process);
        }
    }

    /** Peak resident memory of every started service process, in MiB, by name and port. */
    Map<String, Long> peakResidentMegabytes() {
        Map<String, Long> peaks = new HashMap<>();
        processes.forEach(process -> process.peakResidentKilobytes()
                .ifPresent(kilobytes ->
                        peaks.put(process.name() + "@" + process.baseUri().getPort(), kilobytes / 1024)));
        return peaks;
    }

    private ServiceProcess start(String service, Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(endpoint.processEnvironment());
        environment.put("SHOP_RELAY_DELAY", RELAY_DELAY.toSeconds() + "s");
        environment.put("SHOP_RELAY_INTERVAL", "1s");
        environment.put("AWS_XRAY_DAEMON_ADDRESS", traces.address());
        environment.putAll(settings);
        Path root = projectRoot();
        ServiceProcess process = ServiceProcess.start(
                root.resolve(service).resolve("target").resolve(service + ".jar"),
                service,
                freePort(),
                environment,
                root.resolve("system-tests").resolve("target").resolve("service-logs"));
        processes.add(process);
        return process;
    }

    /** The processes start in parallel; waiting for them one after the other costs no extra time. */
    private static void awaitReady(List<ServiceProcess> services) {
        services.forEach(service -> service.awaitReady(STARTUP));
    }

    static Duration relayDelay() {
        return RELAY_DELAY;
    }

    private static Path projectRoot() {
        String root = System.getProperty("shop.test.project-root");
        return root == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(root);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
