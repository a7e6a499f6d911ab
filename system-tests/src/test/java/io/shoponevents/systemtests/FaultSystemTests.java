package io.shoponevents.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvent;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.events.ServiceName;
import io.shoponevents.events.topology.Topology;
import io.shoponevents.testsupport.AwsEndpoint;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.JsonNode;

/** Redelivery, poison messages and a crash between commit and publish: the saga still completes, exactly once. */
class FaultSystemTests {

    private final ShopSystem shop = ShopSystem.get();
    private final Topology topology = Topology.standard();
    private final SqsClient sqs = shop.endpoint.configure(SqsClient.builder()).build();

    @AfterEach
    void closeClient() {
        sqs.close();
    }

    @AfterAll
    static void report() {
        SagaTimings.report(ShopSystem.get());
    }

    @Test
    void orderPlacedDeliveredTwiceReservesOnce() {
        String sku = Shopper.newSku("CHAIR");
        Shopper.stock(shop, sku, 10);
        String orderId = "ord-" + UUID.randomUUID();
        String envelope = orderPlaced(orderId, sku, 3);

        send(ServiceName.INVENTORY, envelope);
        send(ServiceName.INVENTORY, envelope);

        await().atMost(Shopper.SAGA_STEP).untilAsserted(() -> {
            assertThat(shop.inventory.get("/api/reservations/" + orderId).status())
                    .isEqualTo(200);
            assertThat(inFlight(ServiceName.INVENTORY)).isZero();
        });
        JsonNode stock = shop.inventory.ok(shop.inventory.get("/api/stock/" + sku));
        assertThat(stock.path("available").asInt()).isEqualTo(7);
        assertThat(stock.path("reserved").asInt()).isEqualTo(3);
    }

    @Test
    void poisonLandsInEachServicesDeadLetterQueueAndTheNextMessageIsProcessed() {
        String poison = ExampleEvents.Invalid.WRONG_TYPE.json();
        for (ServiceName service : ServiceName.values()) {
            send(service, poison);
        }
        String sku = Shopper.newSku("SOFA");
        Shopper.stock(shop, sku, 1);
        String orderId = "ord-" + UUID.randomUUID();
        send(ServiceName.INVENTORY, orderPlaced(orderId, sku, 1));

        for (ServiceName service : ServiceName.values()) {
            String deadLetterUrl = url(topology.queue(service).deadLetterQueueName());
            await("poison in " + topology.queue(service).deadLetterQueueName())
                    .atMost(Shopper.SAGA_STEP)
                    .until(() -> sqs
                            .receiveMessage(request -> request.queueUrl(deadLetterUrl)
                                    .maxNumberOfMessages(10)
                                    .waitTimeSeconds(1))
                            .messages()
                            .stream()
                            .anyMatch(message -> message.body().equals(poison)));
        }
        await().atMost(Shopper.SAGA_STEP)
                .until(() -> shop.inventory.get("/api/reservations/" + orderId).status() == 200);
    }

    @Test
    void eventLeftUnpublishedByACrashIsPublishedByTheRelayAndTheOrderIsConfirmed() {
        // An extra order service whose EventBridge calls pass a proxy that fails every attempt of the first
        // publish of an OrderPlaced; its DynamoDB calls go straight to the endpoint, so the commit succeeds.
        try (RefusingProxy proxy = RefusingProxy.to(
                shop.endpoint.uri(),
                (target, body) -> target.equals("AWSEvents.PutEvents") && body.contains("OrderPlaced"),
                RefusingProxy.SDK_ATTEMPTS)) {
            AwsEndpoint failingBus = shop.endpoint.reachedAt(proxy.uri(), shop.endpoint.dynamoDbUri());
            shop.withAnother("order-service", failingBus.processEnvironment(), faultyOrders -> {
                String vase = Shopper.newSku("VASE");
                Shopper.stock(shop, vase, 2);
                Shopper dan = new Shopper(faultyOrders).wants(vase, 1, "35.00");

                String orderId = dan.checksOut();
                JsonNode confirmed = dan.awaitStatus(orderId, "CONFIRMED");

                assertThat(proxy.refused())
                        .as("every attempt of the first publish was refused")
                        .isEqualTo(RefusingProxy.SDK_ATTEMPTS);
                assertThat(Shopper.timeBetween(confirmed, "PENDING", "CONFIRMED"))
                        .as("confirmed only after the relay published the event the failed publish left behind")
                        .isGreaterThanOrEqualTo(ShopSystem.relayDelay());
            });
        }
    }

    /** The example OrderPlaced about {@code orderId}, for one line of {@code sku} at the example's 12.50 EUR. */
    private static String orderPlaced(String orderId, String sku, int quantity) {
        Map<String, Object> unitPrice = Map.of("amount", 12.5, "currency", "EUR");
        return ExampleEvent.of(EventType.ORDER_PLACED)
                .aboutOrder(orderId)
                .data("items", List.of(Map.of("sku", sku, "quantity", quantity, "unitPrice", unitPrice)))
                .data("total", Map.of("amount", quantity * 12.5, "currency", "EUR"))
                .json();
    }

    private void send(ServiceName service, String body) {
        String queueUrl = url(topology.queue(service).name());
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
    }

    private int inFlight(ServiceName service) {
        String queueUrl = url(topology.queue(service).name());
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                        .attributeNames(List.of(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)))
                .attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private String url(String queueName) {
        return sqs.getQueueUrl(request -> request.queueName(queueName)).queueUrl();
    }
}
