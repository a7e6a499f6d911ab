package io.shoponevents.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvent;
import io.shoponevents.events.ServiceName;
import io.shoponevents.events.topology.QueueSpec;
import io.shoponevents.events.topology.Topology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * The on-call path end to end: dead letters are moved back with the operator's command line while the services run.
 * An event that was handled before it was dead-lettered changes nothing; one that was never handled is handled once.
 */
class RedriveSystemTests {

    private final ShopSystem shop = ShopSystem.get();
    private final QueueSpec inventoryQueue = Topology.standard().queue(ServiceName.INVENTORY);
    private final SqsClient sqs = shop.endpoint.configure(SqsClient.builder()).build();

    @AfterEach
    void closeClient() {
        sqs.close();
    }

    @Test
    void redriveHandlesTheMissedEventOnceAndChangesNothingForTheOneHandledBefore() throws Exception {
        String handledSku = Shopper.newSku("LAMP");
        String missedSku = Shopper.newSku("RUG");
        Shopper.stock(shop, handledSku, 10);
        Shopper.stock(shop, missedSku, 10);
        ExampleEvent handled = orderPlaced(handledSku, 3);
        ExampleEvent missed = orderPlaced(missedSku, 4);
        send(inventoryQueue.name(), handled.json(), Map.of());
        await().atMost(Shopper.SAGA_STEP).untilAsserted(() -> assertStock(handledSku, 7, 3));

        send(inventoryQueue.deadLetterQueueName(), handled.json(), Map.of());
        send(
                inventoryQueue.deadLetterQueueName(),
                missed.json(),
                Map.of(
                        "shop-rejection-reason",
                        MessageAttributeValue.builder()
                                .dataType("String")
                                .stringValue("reservation failed: the bug this release fixes")
                                .build()));
        String output = operator("redrive", "inventory", "--ids", handled.eventId() + "," + missed.eventId());

        assertThat(output.lines().filter(line -> line.startsWith("AUDIT ")))
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("eventId=" + handled.eventId()))
                .anySatisfy(line -> assertThat(line).contains("eventId=" + missed.eventId()));
        await().atMost(Shopper.SAGA_STEP).untilAsserted(() -> assertStock(missedSku, 6, 4));
        await().atMost(Shopper.SAGA_STEP)
                .untilAsserted(() -> assertThat(operator("list", "inventory"))
                        .doesNotContain(handled.eventId())
                        .doesNotContain(missed.eventId()));
        assertStock(handledSku, 7, 3);
    }

    private void assertStock(String sku, int available, int reserved) {
        JsonNode stock = shop.inventory.ok(shop.inventory.get("/api/stock/" + sku));
        assertThat(stock.path("available").asInt()).isEqualTo(available);
        assertThat(stock.path("reserved").asInt()).isEqualTo(reserved);
    }

    private static ExampleEvent orderPlaced(String sku, int quantity) {
        Map<String, Object> unitPrice = Map.of("amount", 12.5, "currency", "EUR");
        return ExampleEvent.of(EventType.ORDER_PLACED)
                .eventId(UUID.randomUUID().toString())
                .aboutOrder("ord-" + UUID.randomUUID())
                .data("items", List.of(Map.of("sku", sku, "quantity", quantity, "unitPrice", unitPrice)))
                .data("total", Map.of("amount", quantity * 12.5, "currency", "EUR"));
    }

    private void send(String queueName, String body, Map<String, MessageAttributeValue> attributes) {
        String url = sqs.getQueueUrl(request -> request.queueName(queueName)).queueUrl();
        sqs.sendMessage(request -> request.queueUrl(url).messageBody(body).messageAttributes(attributes));
    }

    /** Runs the operator's jar as {@code scripts/dlq.sh} does, against the system's endpoint. */
    private String operator(String... args) throws InterruptedException {
        Path root = Path.of(System.getProperty("shop.test.project-root", "..")).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                root.resolve("infra/operator/target/operator-exec.jar").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of(
                "--endpoint",
                shop.endpoint.uri().toString(),
                "--region",
                shop.endpoint.region().id()));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(2, TimeUnit.MINUTES))
                    .as("the operator finished")
                    .isTrue();
            System.out.print(output);
            assertThat(process.exitValue()).as(output).isZero();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
