package io.shoponevents.inventory;

import static io.shoponevents.inventory.OrderEventBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.ExampleEvent;
import io.shoponevents.inventory.stock.application.ReservationService;
import io.shoponevents.inventory.stock.application.ReserveStock;
import io.shoponevents.inventory.stock.domain.LineItem;
import io.shoponevents.runtime.autoconfigure.ShopProperties;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.runtime.testing.LocalRestClient;
import io.shoponevents.runtime.testing.ServiceIntegrationTest;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The whole service against an AWS endpoint (moto server unless Docker or {@code AWS_ENDPOINT_URL} is there): events
 * arrive on its queue or straight at its dispatcher, state is read through its REST API, emitted events from the
 * outbox in its table and from order-service's queue.
 */
@ServiceIntegrationTest
class InventoryServiceIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Set<String> ORDER_QUEUE_EVENT_IDS = ConcurrentHashMap.newKeySet();

    @Value("${local.server.port}")
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
    EventDispatcher dispatcher;

    @Autowired
    ReservationService reservations;

    private RestClient rest;

    @BeforeEach
    void client() {
        rest = LocalRestClient.on(port);
    }

    @Test
    void reservesStockWhenOrderPlaced() {
        String mug = newSku("MUG");
        String tee = newSku("TEE");
        putStock(mug, 10);
        putStock(tee, 1);
        OrderEventBuilder order = anOrder().line(mug, 2).line(tee, 1);
        ExampleEvent placed = order.placed();

        sendToInventoryQueue(placed.json());

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(reservation(order.orderId())).containsEntry("status", "RESERVED"));
        assertThat(stock(mug)).containsEntry("available", 8).containsEntry("reserved", 2);
        assertThat(stock(tee)).containsEntry("available", 0).containsEntry("reserved", 1);
        EventEnvelope reserved = onlyEmitted(order.orderId(), "StockReserved");
        assertThat(reserved.detail().metadata().causationId()).isEqualTo(placed.eventId());
        assertThat(reserved.detail().metadata().correlationId()).isEqualTo(order.orderId());
        assertThat(codec.data(reserved, Map.class).get("items"))
                .isEqualTo(List.of(Map.of("sku", mug, "quantity", 2), Map.of("sku", tee, "quantity", 1)));
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(orderQueueEventIds()).contains(reserved.eventId()));
    }

    @Test
    void reservesStockWhenOrderPlacedArrivesInSchemaVersion2() {
        String mug = newSku("MUG");
        putStock(mug, 5);
        OrderEventBuilder order = anOrder().line(mug, 3);
        ExampleEvent placed = order.placedInSchemaVersion2();

        sendToInventoryQueue(placed.json());

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(reservation(order.orderId())).containsEntry("status", "RESERVED"));
        assertThat(stock(mug)).containsEntry("available", 2).containsEntry("reserved", 3);
        assertThat(onlyEmitted(order.orderId(), "StockReserved")
                        .detail()
                        .metadata()
                        .causationId())
                .isEqualTo(placed.eventId());
    }

    @Test
    void failsWholeReservationWhenOneLineIsShort() {
        String mug = newSku("MUG");
        String tee = newSku("TEE");
        String unknown = newSku("UNKNOWN");
        putStock(mug, 10);
        putStock(tee, 1);
        OrderEventBuilder order = anOrder().line(mug, 2).line(tee, 2).line(unknown, 1);

        sendToInventoryQueue(order.placed().json());

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(reservation(order.orderId())).containsEntry("status", "FAILED"));
        assertThat(reservation(order.orderId()))
                .containsEntry(
                        "shortages",
                        List.of(
                                Map.of("sku", tee, "requested", 2, "available", 1),
                                Map.of("sku", unknown, "requested", 1, "available", 0)));
        assertThat(stock(mug)).containsEntry("available", 10).containsEntry("reserved", 0);
        assertThat(stock(tee)).containsEntry("available", 1).containsEntry("reserved", 0);
        EventEnvelope failed = onlyEmitted(order.orderId(), "StockReservationFailed");
        assertThat(codec.data(failed, Map.class))
                .containsEntry(
                        "reason",
                        "Not enough stock for " + tee + ": 2 requested, 1 available; Not enough stock for " + unknown
                                + ": 1 requested, 0 available");
    }

    @Test
    void redeliveredOrderPlacedReservesOnce() {
        String mug = newSku("MUG");
        putStock(mug, 5);
        OrderEventBuilder order = anOrder().line(mug, 2);
        String message = order.placed().json();

        dispatcher.dispatch(message);
        dispatcher.dispatch(message);

        assertThat(stock(mug)).containsEntry("available", 3).containsEntry("reserved", 2);
        assertThat(emitted(order.orderId()))
                .extracting(EventEnvelope::detailType)
                .containsExactly("StockReserved");
    }

    @Test
    void releasesStockWhenOrderCancelled() {
        String mug = newSku("MUG");
        putStock(mug, 5);
        OrderEventBuilder order = anOrder().line(mug, 2).line(mug, 1);
        ExampleEvent placed = order.placed();
        ExampleEvent cancelled = order.cancelled();
        dispatcher.dispatch(placed.json());
        assertThat(stock(mug)).containsEntry("available", 2).containsEntry("reserved", 3);

        dispatcher.dispatch(cancelled.json());
        dispatcher.dispatch(cancelled.json());

        assertThat(stock(mug)).containsEntry("available", 5).containsEntry("reserved", 0);
        assertThat(reservation(order.orderId()))
                .containsEntry("status", "RELEASED")
                .containsEntry("lines", List.of(Map.of("sku", mug, "quantity", 3)));
        List<EventEnvelope> events = emitted(order.orderId());
        assertThat(events).extracting(EventEnvelope::detailType).containsExactly("StockReserved", "StockReleased");
        EventEnvelope released = events.get(1);
        assertThat(released.detail().metadata().causationId()).isEqualTo(cancelled.eventId());
        assertThat(codec.data(released, Map.class).get("items")).isEqualTo(List.of(Map.of("sku", mug, "quantity", 3)));
    }

    @Test
    void anOrderCancelledBeforeItsOrderPlacedArrivesTakesNoStock() {
        String mug = newSku("MUG");
        putStock(mug, 5);
        OrderEventBuilder order = anOrder().line(mug, 2);

        dispatcher.dispatch(order.cancelled().json());
        dispatcher.dispatch(order.placed().json());

        assertThat(stock(mug)).containsEntry("available", 5).containsEntry("reserved", 0);
        assertThat(reservation(order.orderId())).containsEntry("status", "RELEASED");
        assertThat(emitted(order.orderId())).isEmpty();
    }

    @Test
    void concurrentOrdersNeverTakeMoreThanIsInStock() throws Exception {
        String last = newSku("LAST");
        putStock(last, 3);
        List<String> orderIds =
                IntStream.range(0, 10).mapToObj(i -> "ord-" + UUID.randomUUID()).toList();
        StockWatcher watcher = new StockWatcher(dynamoDb, properties.tableName(), last);
        ExecutorService threads = Executors.newFixedThreadPool(orderIds.size() + 1);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<?> watching = threads.submit(watcher);
            List<Future<Integer>> handled = orderIds.stream()
                    .map(orderId -> threads.submit(reserveOneUnit(orderId, last, start)))
                    .toList();
            start.countDown();
            for (Future<Integer> attempts : handled) {
                assertThat(attempts.get(2, TimeUnit.MINUTES)).isPositive();
            }
            watcher.stop();
            watching.get(1, TimeUnit.MINUTES);
        } finally {
            threads.shutdownNow();
        }

        assertThat(stock(last)).containsEntry("available", 0).containsEntry("reserved", 3);
        assertThat(watcher.lowestSeen()).isGreaterThanOrEqualTo(0);
        List<Object> statuses =
                orderIds.stream().map(id -> reservation(id).get("status")).toList();
        assertThat(statuses).filteredOn("RESERVED"::equals).hasSize(3);
        assertThat(statuses).filteredOn("FAILED"::equals).hasSize(7);
        assertThat(orderIds.stream().flatMap(id -> emitted(id).stream()).map(EventEnvelope::detailType))
                .containsOnly("StockReserved", "StockReservationFailed")
                .hasSize(10)
                .filteredOn("StockReserved"::equals)
                .hasSize(3);
    }

    @Test
    void settingAvailableStockKeepsWhatIsReserved() {
        String mug = newSku("MUG");
        putStock(mug, 5);
        dispatcher.dispatch(anOrder().line(mug, 2).placed().json());

        ResponseEntity<Map<String, Object>> put = putStock(mug, 40);

        assertThat(put.getStatusCode().value()).isEqualTo(200);
        assertThat(put.getBody()).containsEntry("available", 40).containsEntry("reserved", 2);
        assertThat(stock(mug)).containsEntry("available", 40).containsEntry("reserved", 2);
        assertThat(rest.get()
                        .uri("/api/stock")
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<Map<String, Object>>>() {}))
                .contains(Map.of("sku", mug, "available", 40, "reserved", 2));
    }

    @Test
    void unknownSkusAndOrdersAreNotFoundAndBadInputIsNamed() {
        assertThat(statusOfGet("/api/stock/{sku}", newSku("NONE"))).isEqualTo(404);
        assertThat(statusOfGet("/api/reservations/{orderId}", "ord-" + UUID.randomUUID()))
                .isEqualTo(404);
        for (Object available : List.of(-1, "many", 2.5)) {
            ResponseEntity<Map<String, Object>> bad = rest.put()
                    .uri("/api/stock/{sku}", newSku("MUG"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("available", available))
                    .retrieve()
                    .toEntity(new ParameterizedTypeReference<>() {});
            assertThat(bad.getStatusCode().value())
                    .as("PUT available %s", available)
                    .isEqualTo(400);
            assertThat(fieldsNamedBy(bad.getBody()))
                    .as("PUT available %s", available)
                    .containsExactly("available");
        }
    }

    @Test
    void describesItsApiForSwaggerUi() {
        String apiDocs = rest.get().uri("/v3/api-docs").retrieve().body(String.class);

        assertThat(apiDocs).contains("/api/stock/{sku}", "/api/stock", "/api/reservations/{orderId}");
        assertThat(apiDocs)
                .as("schema names that clients generated from the document rely on")
                .contains("\"StockView\"", "\"ReservationView\"", "\"AvailableStock\"");
    }

    /** Reserves one unit for the order as a consumer would: an exception means the event comes again. */
    private Callable<Integer> reserveOneUnit(String orderId, String sku, CountDownLatch start) {
        return () -> {
            start.await();
            ReserveStock command = new ReserveStock(
                    orderId,
                    List.of(new LineItem(sku, 1)),
                    new CausingEvent(UUID.randomUUID().toString(), "OrderPlaced"));
            for (int attempt = 1; attempt <= 20; attempt++) {
                try {
                    reservations.reserve(command);
                    return attempt;
                } catch (RuntimeException redelivered) {
                    // the queue would deliver the event again
                }
            }
            return 0;
        };
    }

    private ResponseEntity<Map<String, Object>> putStock(String sku, int available) {
        return rest.put()
                .uri("/api/stock/{sku}", sku)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("available", available))
                .retrieve()
                .toEntity(new ParameterizedTypeReference<>() {});
    }

    private int statusOfGet(String uri, Object... variables) {
        return rest.get()
                .uri(uri, variables)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value();
    }

    private Map<String, Object> stock(String sku) {
        return rest.get().uri("/api/stock/{sku}", sku).retrieve().body(new ParameterizedTypeReference<>() {});
    }

    private Map<String, Object> reservation(String orderId) {
        return rest.get()
                .uri("/api/reservations/{orderId}", orderId)
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
    }

    private void sendToInventoryQueue(String envelope) {
        String queueUrl = sqs.getQueueUrl(request -> request.queueName(properties.queueName()))
                .queueUrl();
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(envelope));
    }

    /** The events the service stored in its outbox for an order, oldest first. */
    private List<EventEnvelope> emitted(String orderId) {
        return dynamoDb
                .scanPaginator(request -> request.tableName(properties.tableName())
                        .consistentRead(true)
                        .filterExpression("begins_with(pk, :outbox) AND contains(envelope, :orderId)")
                        .expressionAttributeValues(Map.of(
                                ":outbox", AttributeValue.fromS("OUTBOX#"), ":orderId", AttributeValue.fromS(orderId))))
                .items()
                .stream()
                .map(item -> codec.read(item.get("envelope").s()))
                .filter(envelope -> orderId.equals(envelope.detail().metadata().correlationId()))
                .sorted(Comparator.comparing(EventEnvelope::time))
                .toList();
    }

    private EventEnvelope onlyEmitted(String orderId, String detailType) {
        List<EventEnvelope> events = emitted(orderId);
        assertThat(events).extracting(EventEnvelope::detailType).containsExactly(detailType);
        return events.get(0);
    }

    /** Event ids that reached order-service's queue so far (nothing else consumes it in this test run). */
    private Set<String> orderQueueEventIds() {
        String queueUrl = sqs.getQueueUrl(request -> request.queueName("shop-order-events"))
                .queueUrl();
        for (Message message : sqs.receiveMessage(request ->
                        request.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                .messages()) {
            ORDER_QUEUE_EVENT_IDS.add(codec.read(message.body()).eventId());
            sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
        }
        return ORDER_QUEUE_EVENT_IDS;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fieldsNamedBy(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.getOrDefault("errors", List.of()))
                .stream().map(error -> error.get("field")).toList();
    }

    private static String newSku(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
