package io.shoponevents.runtime.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.runtime.testing.ServiceIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The runtime wired by Spring Boot against a real endpoint: the listener receives, dispatches and rejects poison. */
@ServiceIntegrationTest(properties = "shop.service=inventory")
@DirtiesContext // its listener would otherwise keep consuming the inventory queue under the other tests of this JVM
class ShopRuntimeIntegrationTests {

    static final List<String> handledOrders = new CopyOnWriteArrayList<>();

    @Autowired
    SqsClient sqs;

    @Autowired
    ShopProperties properties;

    @Test
    void namesDefaultToTheTopology() {
        assertThat(properties.queueName()).isEqualTo("shop-inventory-events");
        assertThat(properties.deadLetterQueueName()).isEqualTo("shop-inventory-events-dlq");
        assertThat(properties.tableName()).isEqualTo("shop-inventory");
    }

    @Test
    void handsAQueuedEventToItsHandlerAndMovesPoisonToTheDeadLetterQueue() {
        String queueUrl = sqs.getQueueUrl(request -> request.queueName(properties.queueName()))
                .queueUrl();
        String deadLetterUrl = sqs.getQueueUrl(request -> request.queueName(properties.deadLetterQueueName()))
                .queueUrl();

        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(ExampleEvents.Invalid.WRONG_TYPE.json()));
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(ExampleEvents.valid(EventType.ORDER_PLACED)));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(handledOrders).contains("ord-7f3c2a91-4b6e-4d1a-9c2f-5e8b1a0d3c47"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(sqs.receiveMessage(request ->
                                        request.queueUrl(deadLetterUrl).waitTimeSeconds(1))
                                .messages())
                        .extracting(message -> message.body())
                        .contains(ExampleEvents.Invalid.WRONG_TYPE.json()));
    }

    @SpringBootApplication
    static class TestService {

        @Bean
        EventDispatcher eventDispatcher(EventValidator validator, EnvelopeCodec codec) {
            return EventDispatcher.builder(validator, codec)
                    .on(OrderPlaced.class, (placed, envelope) -> handledOrders.add(placed.getOrderId()))
                    .build();
        }
    }
}
