package io.shoponevents.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumingThat;

import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvent;
import io.shoponevents.notification.MotoMailbox.SentEmail;
import io.shoponevents.runtime.autoconfigure.ShopProperties;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.testing.LocalRestClient;
import io.shoponevents.runtime.testing.ServiceIntegrationTest;
import io.shoponevents.testsupport.AwsEndpoint;
import io.shoponevents.testsupport.AwsTestEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notification against the AWS endpoint: customer-facing events on its queue (or handed straight to its dispatcher,
 * to redeliver one deterministically) send an email through SES and record it. On moto the sent emails themselves are
 * checked too.
 */
@ServiceIntegrationTest(properties = NotificationServiceIntegrationTests.NO_SCHEDULED_SWEEP)
class NotificationServiceIntegrationTests {

    /** The reminder tests sweep themselves, at the moment they choose. */
    static final String NO_SCHEDULED_SWEEP = "shop.notification.reminder-sweep-interval=PT24H";

    private static final Duration ASYNC = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AwsEndpoint ENDPOINT = AwsTestEndpoint.get();

    @Autowired
    SqsClient sqs;

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
    void sendsConfirmationEmailAndRecordsIt() {
        ExampleEvent confirmed = ExampleEvent.of(EventType.ORDER_CONFIRMED).aboutOrder(orderId);
        sendToNotificationQueue(confirmed.json());

        JsonNode record = await().atMost(ASYNC)
                .until(() -> notifications("orderId", orderId), list -> list.size() == 1)
                .get(0);
        assertThat(record.get("recipient").asString()).isEqualTo("ada@example.com");
        assertThat(record.get("template").asString()).isEqualTo("order-confirmed");
        assertThat(record.get("subject").asString()).isEqualTo("Your order " + orderId + " is confirmed");
        assertThat(record.get("eventId").asString()).isEqualTo(confirmed.eventId());
        assertThat(record.get("eventType").asString()).isEqualTo("OrderConfirmed");
        assertThat(record.get("customerId").asString()).isEqualTo("cust-1042");
        assertThat(record.get("sesMessageId").asString()).isNotBlank();
        assertThat(notifications("customerId", "cust-1042"))
                .extracting(notification -> notification.get("notificationId").asString())
                .contains(record.get("notificationId").asString());

        assumingThat(MotoMailbox.availableAt(ENDPOINT), () -> {
            SentEmail email = MotoMailbox.at(ENDPOINT).sent().stream()
                    .filter(sent ->
                            sent.messageId().equals(record.get("sesMessageId").asString()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("SES has no message " + record.get("sesMessageId")));
            assertThat(email.source()).isEqualTo(properties.senderEmail());
            assertThat(email.to()).containsExactly("ada@example.com");
            assertThat(email.subject()).isEqualTo(record.get("subject").asString());
            assertThat(email.body()).contains("Total: 49.00 EUR", "2 x MUG-BLUE");
        });
    }

    @Test
    void redeliveredEventSendsNoSecondEmail() {
        String orderRejected =
                ExampleEvent.of(EventType.ORDER_REJECTED).aboutOrder(orderId).json();

        dispatcher.dispatch(orderRejected);
        dispatcher.dispatch(orderRejected);

        assertThat(notifications("orderId", orderId))
                .extracting(notification -> notification.get("template").asString())
                .containsExactly("order-rejected");
        assumingThat(
                MotoMailbox.availableAt(ENDPOINT),
                () -> assertThat(emailsAbout(orderId)).hasSize(1));
    }

    @Test
    void emailsEachCustomerFacingStepAndNothingElse() {
        for (EventType type : List.of(
                EventType.ORDER_PLACED,
                EventType.ORDER_CANCELLED,
                EventType.SHIPMENT_CREATED,
                EventType.SHIPMENT_DISPATCHED,
                EventType.SHIPMENT_DELIVERED,
                EventType.SHIPMENT_CANCELLED)) {
            dispatcher.dispatch(ExampleEvent.of(type).aboutOrder(orderId).json());
        }

        assertThat(notifications("orderId", orderId))
                .extracting(notification -> notification.get("template").asString())
                .containsExactly(
                        "order-cancelled",
                        "shipment-created",
                        "shipment-dispatched",
                        "shipment-delivered",
                        "shipment-cancelled");
        assumingThat(
                MotoMailbox.availableAt(ENDPOINT),
                () -> assertThat(emailsAbout(orderId)).hasSize(5));
    }

    @Test
    void queryWithoutParametersIs400() {
        ResponseEntity<String> response =
                http.get().uri("/api/notifications").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(response.getBody()).get("detail").asString()).contains("orderId");
    }

    private List<JsonNode> notifications(String parameter, String value) {
        String body = http.get()
                .uri("/api/notifications?" + parameter + "={value}", value)
                .retrieve()
                .body(String.class);
        return JSON.readTree(body).valueStream().toList();
    }

    private List<SentEmail> emailsAbout(String orderId) {
        return MotoMailbox.at(ENDPOINT).sent().stream()
                .filter(email -> email.subject().contains(orderId))
                .toList();
    }

    private void sendToNotificationQueue(String body) {
        String queueUrl = sqs.getQueueUrl(request -> request.queueName(properties.queueName()))
                .queueUrl();
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
    }
}
