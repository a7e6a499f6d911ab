package io.shoponevents.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The shop as {@code docker compose up --build --wait} starts it from the repository's compose files, driven over the
 * published ports 8081-8084: the saga end to end, a rejection, a cancellation, the emails, a bad request, and the
 * health of every container. The stack is removed with its volumes afterwards, whatever happened.
 *
 * <p>Runs only when asked for ({@code -Pcompose}, see system-tests/pom.xml); then a missing Docker engine fails it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposeSystemTests {

    /** The first build downloads every Maven dependency into the image build's cache and builds five images. */
    private static final Duration UP = Duration.ofMinutes(40);

    private static final Duration HEALTHY = Duration.ofMinutes(5);
    private static final List<String> LONG_RUNNING = List.of(
            "aws", "order-service", "inventory-service", "shipping-service", "notification-service", "storefront");

    private final ComposeStack stack = ComposeStack.fromSystemProperties();
    private final ShopView view = new ShopView(client(8081), client(8082), client(8083), client(8084));
    private final ShopClient order = view.order();
    private final ShopClient inventory = view.inventory();

    @BeforeAll
    void startTheStack() {
        stack.requireEngine();
        long started = System.nanoTime();
        stack.up(UP, HEALTHY);
        System.out.printf(
                "docker compose up --build --wait: healthy after %d s%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    @AfterAll
    void removeTheStack() {
        System.out.println("Memory of the compose stack's containers after the tests:\n" + stack.memoryUsage());
        stack.down();
        assertThat(stack.containers()).as("containers left after down").isEmpty();
    }

    @Test
    void everyContainerIsHealthyAndTheProvisionerCompleted() {
        List<ComposeStack.Container> containers = stack.containers();

        assertThat(containers)
                .filteredOn(container -> LONG_RUNNING.contains(container.service()))
                .extracting(
                        ComposeStack.Container::service, ComposeStack.Container::state, ComposeStack.Container::health)
                .containsExactlyInAnyOrderElementsOf(LONG_RUNNING.stream()
                        .map(service -> tuple(service, "running", "healthy"))
                        .toList());
        assertThat(containers)
                .filteredOn(container -> container.service().equals("provisioner"))
                .singleElement()
                .satisfies(provisioner -> {
                    assertThat(provisioner.state()).isEqualTo("exited");
                    assertThat(provisioner.exitCode()).isZero();
                });
    }

    @Test
    void theAwsEndpointIsTheEmulatorTheComposeFilesName() {
        ShopClient endpoint = client(4566);

        if (stack.uses("docker-compose.moto.yml")) {
            // The project's emulator (scripts/moto_server.py) counts what it serves; stock moto has no such route.
            assertThat(endpoint.ok(endpoint.get("/_shop/emulator-stats")).toString())
                    .contains("dynamodb:CreateTable");
        } else {
            assertThat(endpoint.ok(endpoint.get("/_localstack/health"))
                            .path("services")
                            .path("dynamodb")
                            .asString())
                    .isIn("available", "running");
        }
    }

    @Test
    void checkoutTravelsToDeliveredAndTheCustomerIsEmailed() {
        String mug = Shopper.newSku("MUG");
        Shopper.stock(inventory, mug, 10);
        Shopper ada = new Shopper(order).wants(mug, 2, "12.50");

        String orderId = ada.checksOut();
        ada.awaitStatus(orderId, "CONFIRMED");
        String shipmentId =
                view.awaitShipment(orderId, "CREATED").path("shipmentId").asString();
        JsonNode delivered = view.shipAndDeliver(ada, orderId, shipmentId);

        assertThat(delivered.path("total").path("amount").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(view.stock(mug).path("available").asInt()).isEqualTo(8);
        view.assertEmailed(
                orderId, ada, "OrderConfirmed", "ShipmentCreated", "ShipmentDispatched", "ShipmentDelivered");
    }

    @Test
    void orderForMissingStockIsRejectedAndTheCustomerIsTold() {
        String lamp = Shopper.newSku("LAMP");
        Shopper.stock(inventory, lamp, 0);
        Shopper bob = new Shopper(order).wants(lamp, 1, "80.00");

        String orderId = bob.checksOut();
        bob.awaitStatus(orderId, "REJECTED");

        assertThat(view.stock(lamp).path("available").asInt()).isZero();
        assertThat(view.awaitEmails(orderId, 1))
                .extracting(email -> email.path("eventType").asString())
                .containsExactly("OrderRejected");
    }

    @Test
    void cancellingAConfirmedOrderRestoresStockAndCancelsTheShipment() {
        String desk = Shopper.newSku("DESK");
        Shopper.stock(inventory, desk, 5);
        Shopper cleo = new Shopper(order).wants(desk, 2, "199.00");
        String orderId = cleo.checksOut();
        cleo.awaitStatus(orderId, "CONFIRMED");
        view.awaitShipment(orderId, "CREATED");

        order.ok(order.post("/api/orders/" + orderId + "/cancel", Map.of()));

        cleo.awaitStatus(orderId, "CANCELLED");
        view.awaitShipment(orderId, "CANCELLED");
        await().atMost(Shopper.SAGA_STEP)
                .untilAsserted(() ->
                        assertThat(view.stock(desk).path("available").asInt()).isEqualTo(5));
    }

    @Test
    void badRequestIsAnswered400NamingTheField() {
        ShopClient.Response response = order.post("/api/carts", Map.of("customerId", " "));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()
                        .path("errors")
                        .valueStream()
                        .map(error -> error.path("field").asString()))
                .contains("customerId");
    }

    private static ShopClient client(int port) {
        return new ShopClient(URI.create("http://localhost:" + port));
    }
}
