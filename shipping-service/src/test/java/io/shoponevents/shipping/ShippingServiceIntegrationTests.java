package io.shoponevents.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvent;
import io.shoponevents.runtime.autoconfigure.ShopProperties;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.testing.LocalRestClient;
import io.shoponevents.runtime.testing.ServiceIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shipping against the AWS endpoint: order events on its queue (or handed straight to its dispatcher, to redeliver
 * one deterministically) change shipments and emit shipment events; REST moves them on. Emitted events are read from
 * the outbox entries in the shipping table.
 */
@ServiceIntegrationTest
class ShippingServiceIntegrationTests {

    private static final Duration ASYNC = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SqsClient sqs;

    @Autowired
    DynamoDbClient dynamoDb;

    @Autowired
    EventDispatcher dispatcher;

    @Autowired
    ShopProperties properties;

    @Value("${local.server.port}")
    int port;

    RestClient http;
    final String orderId = "ord-" + UUID.randomUUID();

    @BeforeEach
    void client() {
        http = LocalRestClient.on(port);
    }

    @Test
    void createsOneShipmentPerConfirmedOrder() {
        sendToShippingQueue(
                ExampleEvent.of(EventType.ORDER_CONFIRMED).aboutOrder(orderId).json());

        JsonNode shipment = await().atMost(ASYNC)
                .until(() -> shipmentsOf(orderId), list -> list.size() == 1)
                .get(0);
        assertThat(shipment.get("status").asString()).isEqualTo("CREATED");
        assertThat(shipment.get("items").toString())
                .isEqualTo("[{\"sku\":\"MUG-BLUE\",\"quantity\":2},{\"sku\":\"TEE-M-BLACK\",\"quantity\":1}]");
        assertThat(shipment.get("shippingAddress").get("postalCode").asString()).isEqualTo("N1 9GU");

        dispatcher.dispatch(
                ExampleEvent.of(EventType.ORDER_CONFIRMED).aboutOrder(orderId).json());

        assertThat(shipmentsOf(orderId)).hasSize(1);
        JsonNode created = single(emitted("ShipmentCreated", orderId));
        assertThat(created.at("/detail/data/shipmentId").asString())
                .isEqualTo(shipment.get("shipmentId").asString());
        assertThat(created.at("/detail/data/email").asString()).isEqualTo("ada@example.com");
        assertThat(created.at("/detail/data/items/1/sku").asString()).isEqualTo("TEE-M-BLACK");
        assertThat(created.at("/detail/metadata/correlationId").asString()).isEqualTo(orderId);
        assertThat(await().atMost(ASYNC).until(() -> shipmentCreatedOnNotificationQueue(orderId), body -> body != null))
                .contains(shipment.get("shipmentId").asString());
    }

    @Test
    void redeliveredOrderConfirmedCreatesNoSecondShipment() {
        String orderConfirmed =
                ExampleEvent.of(EventType.ORDER_CONFIRMED).aboutOrder(orderId).json();

        dispatcher.dispatch(orderConfirmed);
        dispatcher.dispatch(orderConfirmed);

        assertThat(shipmentsOf(orderId)).hasSize(1);
        assertThat(emitted("ShipmentCreated", orderId)).hasSize(1);
    }

    @Test
    void dispatchTwiceIs409() {
        String shipmentId = createShipment();

        ResponseEntity<String> dispatched = post("/api/shipments/" + shipmentId + "/dispatch");
        ResponseEntity<String> again = post("/api/shipments/" + shipmentId + "/dispatch");

        assertThat(dispatched.getStatusCode().value()).isEqualTo(200);
        JsonNode shipment = JSON.readTree(dispatched.getBody());
        assertThat(shipment.get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(JSON.readTree(again.getBody()).get("detail").asString()).contains("is DISPATCHED");
        JsonNode event = single(emitted("ShipmentDispatched", orderId));
        assertThat(event.at("/detail/data/dispatchedAt").asString())
                .isEqualTo(shipment.get("dispatchedAt").asString());

        ResponseEntity<String> delivered = post("/api/shipments/" + shipmentId + "/deliver");

        assertThat(delivered.getStatusCode().value()).isEqualTo(200);
        assertThat(JSON.readTree(delivered.getBody()).get("status").asString()).isEqualTo("DELIVERED");
        assertThat(post("/api/shipments/" + shipmentId + "/deliver")
                        .getStatusCode()
                        .value())
                .isEqualTo(409);
        assertThat(emitted("ShipmentDelivered", orderId)).hasSize(1);
    }

    @Test
    void cancelsUndispatchedShipmentWhenOrderCancelled() {
        String shipmentId = createShipment();

        sendToShippingQueue(
                ExampleEvent.of(EventType.ORDER_CANCELLED).aboutOrder(orderId).json());

        await().atMost(ASYNC)
                .untilAsserted(
                        () -> assertThat(shipment(shipmentId).get("status").asString())
                                .isEqualTo("CANCELLED"));
        JsonNode cancelled = single(emitted("ShipmentCancelled", orderId));
        assertThat(cancelled.at("/detail/data/shipmentId").asString()).isEqualTo(shipmentId);
        assertThat(cancelled.at("/detail/data/reason").asString()).isEqualTo("Customer changed their mind");
        assertThat(post("/api/shipments/" + shipmentId + "/dispatch")
                        .getStatusCode()
                        .value())
                .isEqualTo(409);
    }

    @Test
    void cancellationBeforeConfirmationPreventsShipment() {
        dispatcher.dispatch(
                ExampleEvent.of(EventType.ORDER_CANCELLED).aboutOrder(orderId).json());
        dispatcher.dispatch(
                ExampleEvent.of(EventType.ORDER_CONFIRMED).aboutOrder(orderId).json());

        assertThat(shipmentsOf(orderId)).isEmpty();
        assertThat(emitted("ShipmentCreated", orderId)).isEmpty();
        assertThat(emitted("ShipmentCancelled", orderId)).isEmpty();
    }

    @Test
    void leavesADispatchedShipmentAloneWhenOrderCancelled() {
        String shipmentId = createShipment();
        assertThat(post("/api/shipments/" + shipmentId + "/dispatch")
                        .getStatusCode()
                        .value())
                .isEqualTo(200);

        dispatcher.dispatch(
                ExampleEvent.of(EventType.ORDER_CANCELLED).aboutOrder(orderId).json());

        assertThat(shipment(shipmentId).get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(emitted("ShipmentCancelled", orderId)).isEmpty();
    }

    @Test
    void unknownShipmentIs404AndListingNeedsAnOrderId() {
        assertThat(http.get()
                        .uri("/api/shipments/{id}", "nope")
                        .retrieve()
                        .toEntity(String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        ResponseEntity<String> noOrder =
                http.get().uri("/api/shipments").retrieve().toEntity(String.class);
        assertThat(noOrder.getStatusCode().value()).isEqualTo(400);
        assertThat(noOrder.getBody()).contains("orderId");
    }

    private String createShipment() {
        dispatcher.dispatch(
                ExampleEvent.of(EventType.ORDER_CONFIRMED).aboutOrder(orderId).json());
        return single(shipmentsOf(orderId)).get("shipmentId").asString();
    }

    private List<JsonNode> shipmentsOf(String orderId) {
        String body = http.get()
                .uri("/api/shipments?orderId={orderId}", orderId)
                .retrieve()
                .body(String.class);
        return JSON.readTree(body).valueStream().toList();
    }

    private JsonNode shipment(String shipmentId) {
        return JSON.readTree(
                http.get().uri("/api/shipments/{id}", shipmentId).retrieve().body(String.class));
    }

    private ResponseEntity<String> post(String path) {
        return http.post().uri(path).retrieve().toEntity(String.class);
    }

    /** The envelopes of the given type this service wrote to its outbox for the order. */
    private List<JsonNode> emitted(String detailType, String orderId) {
        return dynamoDb
                .scanPaginator(request -> request.tableName(properties.tableName())
                        .filterExpression(
                                "begins_with(pk, :outbox) AND detailType = :type AND contains(envelope, :order)")
                        .expressionAttributeValues(Map.of(
                                ":outbox", AttributeValue.fromS("OUTBOX#"),
                                ":type", AttributeValue.fromS(detailType),
                                ":order", AttributeValue.fromS(orderId))))
                .items()
                .stream()
                .map(item -> JSON.readTree(item.get("envelope").s()))
                .toList();
    }

    /** ShipmentCreated travels over the topic to notification's queue; nobody consumes that queue in this test. */
    private String shipmentCreatedOnNotificationQueue(String orderId) {
        String queueUrl = sqs.getQueueUrl(request -> request.queueName("shop-notification-events"))
                .queueUrl();
        return sqs
                .receiveMessage(request ->
                        request.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                .messages()
                .stream()
                .map(Message::body)
                .filter(body -> body.contains("\"ShipmentCreated\"") && body.contains(orderId))
                .findFirst()
                .orElse(null);
    }

    private void sendToShippingQueue(String body) {
        String queueUrl = sqs.getQueueUrl(request -> request.queueName(properties.queueName()))
                .queueUrl();
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
    }

    private static JsonNode single(List<JsonNode> nodes) {
        assertThat(nodes).hasSize(1);
        return nodes.get(0);
    }
}
