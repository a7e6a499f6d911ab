package io.shoponevents.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventJson;
import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.ExampleEvent;
import io.shoponevents.ordering.cart.application.CartRepository;
import io.shoponevents.ordering.cart.domain.Cart;
import io.shoponevents.ordering.cart.domain.CartItem;
import io.shoponevents.ordering.money.domain.Money;
import io.shoponevents.runtime.autoconfigure.ShopProperties;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.domain.ConcurrentChange;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.runtime.testing.LocalRestClient;
import io.shoponevents.runtime.testing.ServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.JsonNode;

/**
 * The service against an AWS endpoint (moto, LocalStack or AWS_ENDPOINT_URL): REST in, the table, the outbox, the bus
 * and the queues of the consumers out, and the service's own queue in.
 */
@ServiceIntegrationTest
class OrderServiceIntegrationTests {

    private static final Duration EVENT_ARRIVES = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    SqsClient sqs;

    @Autowired
    DynamoDbClient dynamoDb;

    @Autowired
    ShopProperties properties;

    @Autowired
    EnvelopeCodec codec;

    @Autowired
    EventValidator validator;

    @Autowired
    EventDispatcher dispatcher;

    @Autowired
    CartRepository carts;

    private RestClient http;

    /** Raw message bodies received so far, by queue name (a received message is deleted, so it is kept here). */
    private final Map<String, List<String>> received = new HashMap<>();

    @BeforeEach
    void client() {
        http = LocalRestClient.on(port);
    }

    @Test
    void checkoutStoresAPendingOrderAndPublishesOrderPlaced() {
        String customerId = "cust-" + UUID.randomUUID();
        String orderId = checkout(customerId);

        JsonNode order = get("/api/orders/" + orderId).body();
        assertThat(order.path("status").asString()).isEqualTo("PENDING");
        assertThat(order.path("total").path("amount").decimalValue()).isEqualByComparingTo("49.00");
        assertThat(order.path("history").get(0).path("eventId").isNull()).isTrue();
        assertThat(Instant.parse(order.path("history").get(0).path("at").asString()))
                .isEqualTo(Instant.parse(order.path("placedAt").asString()));
        assertThat(get("/api/carts/" + order.path("cartId").asString())
                        .body()
                        .path("status")
                        .asString())
                .isEqualTo("CHECKED_OUT");
        assertThat(get("/api/orders?customerId=" + customerId).body().valueStream())
                .extracting(found -> found.path("orderId").asString())
                .containsExactly(orderId);

        String placed = awaitEvent("shop-inventory-events", "OrderPlaced", orderId);
        assertThat(validator.validateEnvelope(placed)).isEmpty();
        JsonNode data = codec.read(placed).detail().data();
        assertThat(data.path("total").path("amount").decimalValue()).isEqualByComparingTo("49.00");
        assertThat(data.path("items").size()).isEqualTo(2);
        assertThat(data.path("customerId").asString()).isEqualTo(customerId);
    }

    @Test
    void stockReservedOnTheQueueConfirmsTheOrderAndPublishesOrderConfirmed() {
        String orderId = checkout("cust-" + UUID.randomUUID());
        ExampleEvent stockReserved = ExampleEvent.of(EventType.STOCK_RESERVED).aboutOrder(orderId);

        send(stockReserved.json());

        JsonNode confirmed = await().atMost(EVENT_ARRIVES)
                .until(
                        () -> get("/api/orders/" + orderId).body(),
                        order -> "CONFIRMED".equals(order.path("status").asString()));
        JsonNode cause = confirmed.path("history").get(1);
        assertThat(cause.path("eventId").asString()).isEqualTo(stockReserved.eventId());
        assertThat(cause.path("eventType").asString()).isEqualTo("StockReserved");

        EventEnvelope event = codec.read(awaitEvent("shop-shipping-events", "OrderConfirmed", orderId));
        assertThat(event.detail().metadata().causationId()).isEqualTo(stockReserved.eventId());
        assertThat(event.detail().data().path("email").asString()).isEqualTo("ada@example.com");
        assertThat(event.detail().data().path("shippingAddress").path("city").asString())
                .isEqualTo("London");
        assertThat(event.detail().data().path("total").path("amount").decimalValue())
                .isEqualByComparingTo("49.00");
    }

    @Test
    void redeliveredStockReservedChangesNothing() {
        String orderId = checkout("cust-" + UUID.randomUUID());
        String stockReserved =
                ExampleEvent.of(EventType.STOCK_RESERVED).aboutOrder(orderId).json();
        dispatcher.dispatch(stockReserved);
        Map<String, AttributeValue> confirmed = orderItem(orderId);
        assertThat(inboxHolds(codec.read(stockReserved).eventId()))
                .as("the event id is stored with the change it made")
                .isTrue();

        dispatcher.dispatch(stockReserved);

        assertThat(orderItem(orderId)).isEqualTo(confirmed);
        assertThat(confirmed.get("status").s()).isEqualTo("CONFIRMED");
        assertThat(outboxEntries("OrderConfirmed", orderId)).isEqualTo(1);
    }

    @Test
    void stockReservationFailedRejectsTheOrderAndPublishesOrderRejectedWithTheReason() {
        String orderId = checkout("cust-" + UUID.randomUUID());
        EventEnvelope failed = ExampleEvent.of(EventType.STOCK_RESERVATION_FAILED)
                .aboutOrder(orderId)
                .envelope();

        dispatcher.dispatch(codec.write(failed));

        assertThat(get("/api/orders/" + orderId).body().path("status").asString())
                .isEqualTo("REJECTED");
        EventEnvelope rejected = codec.read(awaitEvent("shop-notification-events", "OrderRejected", orderId));
        assertThat(rejected.detail().data().path("reason").asString())
                .isEqualTo(failed.detail().data().path("reason").asString());
    }

    @Test
    void shipmentEventsTakeTheOrderToDeliveredAfterWhichItCannotBeCancelled() {
        String orderId = checkout("cust-" + UUID.randomUUID());
        dispatcher.dispatch(
                ExampleEvent.of(EventType.STOCK_RESERVED).aboutOrder(orderId).json());
        dispatcher.dispatch(ExampleEvent.of(EventType.SHIPMENT_DISPATCHED)
                .aboutOrder(orderId)
                .json());
        dispatcher.dispatch(ExampleEvent.of(EventType.SHIPMENT_DELIVERED)
                .aboutOrder(orderId)
                .json());

        JsonNode order = get("/api/orders/" + orderId).body();
        assertThat(order.path("history")
                        .valueStream()
                        .map(entry -> entry.path("status").asString()))
                .containsExactly("PENDING", "CONFIRMED", "SHIPPED", "DELIVERED");

        Response cancel = post("/api/orders/" + orderId + "/cancel", "{}");
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(get("/api/orders/" + orderId).body().path("status").asString())
                .isEqualTo("DELIVERED");
    }

    @Test
    void cancellingAConfirmedOrderPublishesOrderCancelledWithThePreviousStatus() {
        String orderId = checkout("cust-" + UUID.randomUUID());
        dispatcher.dispatch(
                ExampleEvent.of(EventType.STOCK_RESERVED).aboutOrder(orderId).json());

        Response cancel = post("/api/orders/" + orderId + "/cancel", "{\"reason\": \"changed my mind\"}");

        assertThat(cancel.status()).isEqualTo(200);
        assertThat(cancel.body().path("status").asString()).isEqualTo("CANCELLED");
        EventEnvelope cancelled = codec.read(awaitEvent("shop-inventory-events", "OrderCancelled", orderId));
        assertThat(cancelled.detail().data().path("previousStatus").asString()).isEqualTo("CONFIRMED");
        assertThat(cancelled.detail().data().path("reason").asString()).isEqualTo("changed my mind");
    }

    @Test
    void servesItsApiDescriptionAndIsReady() {
        Response apiDocs = get("/v3/api-docs");
        assertThat(apiDocs.status()).isEqualTo(200);
        assertThat(apiDocs.body().path("paths").propertyNames())
                .contains("/api/carts/{cartId}/checkout", "/api/orders/{orderId}/cancel");
        assertThat(get("/actuator/health/readiness").body().path("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void aWriteBasedOnAStaleCartIsRefusedAndLosesNothing() {
        Cart cart = carts.find(openCart("cust-" + UUID.randomUUID())).orElseThrow();
        carts.save(cart.add(new CartItem("MUG-BLUE", 1, Money.of("12.50", "EUR"))));

        assertThatThrownBy(() -> carts.save(cart.add(new CartItem("LAMP", 1, Money.of("80.00", "EUR")))))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(carts.find(cart.id()).orElseThrow().items())
                .extracting(CartItem::sku)
                .containsExactly("MUG-BLUE");
    }

    @Test
    void aCartOpenedWithAnEmailKeepsItAndItsEventsCarryIt() {
        Response created = post("/api/carts", """
                {"customerId": "cust-%s", "email": "ada@example.com"}""".formatted(UUID.randomUUID()));
        assertThat(created.status()).isEqualTo(201);
        String cartId = created.body().path("cartId").asString();

        assertThat(get("/api/carts/" + cartId).body().path("email").asString()).isEqualTo("ada@example.com");
        assertThat(post("/api/carts/" + cartId + "/items", """
                                {"sku": "MUG-BLUE", "quantity": 1, "unitPrice": {"amount": 12.50, "currency": "EUR"}}""").status()).isEqualTo(200);

        String added = awaitEvent("shop-notification-events", "CartItemAdded", cartId);
        assertThat(validator.validateEnvelope(added)).isEmpty();
        assertThat(codec.read(added).detail().data().path("email").asString()).isEqualTo("ada@example.com");
    }

    private String openCart(String customerId) {
        Response created = post("/api/carts", "{\"customerId\": \"%s\"}".formatted(customerId));
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("cartId").asString();
    }

    /** A cart of the example items (49.00 EUR) checked out; returns the order id. */
    private String checkout(String customerId) {
        String cartId = openCart(customerId);
        for (String item : List.of(
                "{\"sku\": \"MUG-BLUE\", \"quantity\": 2, \"unitPrice\": {\"amount\": 12.50, \"currency\": \"EUR\"}}",
                "{\"sku\": \"TEE-M-BLACK\", \"quantity\": 1, \"unitPrice\": {\"amount\": 24.00, \"currency\": \"EUR\"}}")) {
            assertThat(post("/api/carts/" + cartId + "/items", item).status()).isEqualTo(200);
        }
        Response placed = post("/api/carts/" + cartId + "/checkout", """
                {"email": "ada@example.com",
                 "shippingAddress": {"name": "Ada Lovelace", "line1": "12 Analytical Row", "city": "London",
                                     "postalCode": "N1 9GU", "country": "GB"}}""");
        assertThat(placed.status()).isEqualTo(201);
        String orderId = placed.body().path("orderId").asString();
        assertThat(placed.location()).isEqualTo("/api/orders/" + orderId);
        return orderId;
    }

    private void send(String envelope) {
        String queueUrl = sqs.getQueueUrl(request -> request.queueName(properties.queueName()))
                .queueUrl();
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(envelope));
    }

    /** Waits for an event correlated by {@code orderId} (a cart's by its cart id) on a consumer's queue; returns it. */
    private String awaitEvent(String queueName, String detailType, String orderId) {
        String queueUrl =
                sqs.getQueueUrl(request -> request.queueName(queueName)).queueUrl();
        return await().atMost(EVENT_ARRIVES)
                .until(
                        () -> {
                            sqs.receiveMessage(request -> request.queueUrl(queueUrl)
                                            .maxNumberOfMessages(10)
                                            .waitTimeSeconds(1))
                                    .messages()
                                    .forEach(message -> {
                                        received.computeIfAbsent(queueName, name -> new ArrayList<>())
                                                .add(message.body());
                                        sqs.deleteMessage(request ->
                                                request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
                                    });
                            return received.getOrDefault(queueName, List.of()).stream()
                                    .filter(body -> {
                                        EventEnvelope envelope = codec.read(body);
                                        return envelope.detailType().equals(detailType)
                                                && orderId.equals(envelope.detail()
                                                        .metadata()
                                                        .correlationId());
                                    })
                                    .findFirst();
                        },
                        Optional::isPresent)
                .orElseThrow();
    }

    private Map<String, AttributeValue> orderItem(String orderId) {
        return dynamoDb.getItem(request -> request.tableName(properties.tableName())
                        .key(Map.of(
                                "pk", AttributeValue.fromS("ORDER#" + orderId), "sk", AttributeValue.fromS("ORDER")))
                        .consistentRead(true))
                .item();
    }

    private boolean inboxHolds(String eventId) {
        return dynamoDb.getItem(request -> request.tableName(properties.tableName())
                        .key(Map.of(
                                "pk", AttributeValue.fromS("INBOX#" + eventId), "sk", AttributeValue.fromS("INBOX")))
                        .consistentRead(true))
                .hasItem();
    }

    /** How many events of {@code detailType} about {@code orderId} the outbox holds. */
    private long outboxEntries(String detailType, String orderId) {
        return dynamoDb
                .scanPaginator(request -> request.tableName(properties.tableName())
                        .filterExpression("begins_with(pk, :outbox) AND detailType = :type")
                        .expressionAttributeValues(Map.of(
                                ":outbox", AttributeValue.fromS("OUTBOX#"),
                                ":type", AttributeValue.fromS(detailType))))
                .items()
                .stream()
                .filter(entry -> orderId.equals(codec.read(entry.get("envelope").s())
                        .detail()
                        .metadata()
                        .correlationId()))
                .count();
    }

    private Response get(String path) {
        return http.get().uri(path).exchange((request, response) -> Response.of(response));
    }

    private Response post(String path, String json) {
        return http.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .exchange((request, response) -> Response.of(response));
    }

    record Response(int status, JsonNode body, String location) {

        static Response of(org.springframework.http.client.ClientHttpResponse response) throws java.io.IOException {
            String body = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new Response(
                    response.getStatusCode().value(),
                    body.isBlank() ? null : EventJson.mapper().readTree(body),
                    response.getHeaders().getFirst("Location"));
        }
    }
}
