package io.shoponevents.runtime.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.ExampleEvent;
import io.shoponevents.events.data.OrderConfirmed;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.outbox.TransactionalOutbox;
import io.shoponevents.runtime.outbox.UnitOfWork;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.runtime.testing.LocalRestClient;
import io.shoponevents.runtime.testing.ServiceIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The journey endpoint of a service wired by Spring Boot against a real endpoint: what its listener consumed, what
 * its handler emitted in consequence and what it dead-lettered, listed by correlation id.
 */
@ServiceIntegrationTest(properties = "shop.service=shipping")
@DirtiesContext // its listener would otherwise keep consuming the shipping queue under the other tests of this JVM
class JourneyIntegrationTests {

    @Autowired
    SqsClient sqs;

    @LocalServerPort
    int port;

    @Test
    void listsTheConsumedEventThenTheEventItCausedWithItsCausationId() {
        String orderId = "ord-" + UUID.randomUUID();
        ExampleEvent confirmed = ExampleEvent.of(EventType.ORDER_CONFIRMED).aboutOrder(orderId);

        send(confirmed.json());

        List<Map<String, Object>> events = awaitEvents(orderId, 2);
        assertThat(events)
                .extracting(event -> event.get("direction"), event -> event.get("detailType"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CONSUMED", "OrderConfirmed"),
                        org.assertj.core.groups.Tuple.tuple("PRODUCED", "ShipmentCreated"));
        assertThat(events.get(0))
                .containsEntry("eventId", confirmed.eventId())
                .containsEntry("source", "shop.orders")
                .containsEntry("correlationId", orderId);
        assertThat(events.get(1))
                .containsEntry("causationId", confirmed.eventId())
                .containsEntry("source", "shop.shipping")
                .containsKey("publishedAt");
    }

    @Test
    void listsAMessageTheServiceGaveUpOnAsDeadLettered() {
        String orderId = "ord-" + UUID.randomUUID();
        ExampleEvent broken =
                ExampleEvent.of(EventType.ORDER_CONFIRMED).aboutOrder(orderId).data("orderId", 42);

        send(broken.json());

        List<Map<String, Object>> events = awaitEvents(orderId, 1);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event)
                    .containsEntry("direction", "DEAD_LETTERED")
                    .containsEntry("eventId", broken.eventId())
                    .containsEntry("detailType", "OrderConfirmed");
            assertThat((String) event.get("reason")).contains("detail.data.orderId");
        });
    }

    @Test
    void listsAnEventTheServiceAcknowledgedWithoutAHandlerAsConsumed() {
        String orderId = "ord-" + UUID.randomUUID();
        ExampleEvent cancelled = ExampleEvent.of(EventType.ORDER_CANCELLED).aboutOrder(orderId);

        send(cancelled.json());

        assertThat(awaitEvents(orderId, 1))
                .singleElement()
                .satisfies(event -> assertThat(event)
                        .containsEntry("direction", "CONSUMED")
                        .containsEntry("eventId", cancelled.eventId())
                        .containsEntry("detailType", "OrderCancelled"));
    }

    @Test
    void answersAnIdItNeverSawWithAnEmptyList() {
        ResponseEntity<Map<String, Object>> response = journey("ord-" + UUID.randomUUID());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("service", "shipping-service");
        assertThat((List<?>) response.getBody().get("events")).isEmpty();
    }

    @Test
    void answersAMalformedIdWithAProblemNamingIt() {
        ResponseEntity<String> response = LocalRestClient.on(port)
                .get()
                .uri("/api/journeys/{id}", "not an id!")
                .retrieve()
                .toEntity(String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).contains("correlationId");
    }

    private void send(String body) {
        String queueUrl = sqs.getQueueUrl(request -> request.queueName("shop-shipping-events"))
                .queueUrl();
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> awaitEvents(String correlationId, int count) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> (List<Map<String, Object>>)
                                journey(correlationId).getBody().get("events"),
                        events -> events.size() >= count
                                && events.stream().allMatch(event -> event.get("direction") != null)
                                && (count < 2 || events.get(1).containsKey("publishedAt")));
    }

    private ResponseEntity<Map<String, Object>> journey(String correlationId) {
        return LocalRestClient.on(port)
                .get()
                .uri("/api/journeys/{id}", correlationId)
                .retrieve()
                .toEntity(new ParameterizedTypeReference<>() {});
    }

    @SpringBootApplication
    static class TestService {

        /** Emits a ShipmentCreated for each OrderConfirmed, in the transaction that records the consumed event. */
        @Bean
        EventDispatcher eventDispatcher(EventValidator validator, EnvelopeCodec codec, TransactionalOutbox outbox) {
            return EventDispatcher.builder(validator, codec)
                    .on(
                            OrderConfirmed.class,
                            (confirmed, envelope) -> outbox.commit(new UnitOfWork()
                                    .consumes(envelope.eventId())
                                    .emit(codec.wrap(
                                            EventType.SHIPMENT_CREATED,
                                            ExampleEvent.of(EventType.SHIPMENT_CREATED)
                                                    .aboutOrder(confirmed.getOrderId())
                                                    .envelope()
                                                    .detail()
                                                    .data(),
                                            confirmed.getOrderId(),
                                            envelope.eventId(),
                                            null))))
                    .build();
        }
    }
}
