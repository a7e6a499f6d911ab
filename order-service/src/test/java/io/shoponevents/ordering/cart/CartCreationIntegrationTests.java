package io.shoponevents.ordering.cart;

import static org.assertj.core.api.Assertions.assertThat;

import io.awspring.cloud.autoconfigure.core.AwsClientBuilderConfigurer;
import io.shoponevents.runtime.awsclient.DecoratedConfigurer;
import io.shoponevents.runtime.testing.LocalRestClient;
import io.shoponevents.runtime.testing.LostAnswers;
import io.shoponevents.runtime.testing.ServiceIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A cart creation whose DynamoDB answer is lost after the write was applied, as happens when an attempt times out
 * against a stalled endpoint: the SDK sends the transaction again, and the client gets the 201 of the first.
 */
@ServiceIntegrationTest
@Import(CartCreationIntegrationTests.LosingDynamoDbAnswers.class)
class CartCreationIntegrationTests {

    static final LostAnswers lost = new LostAnswers("TransactWriteItems", 0);

    @LocalServerPort
    int port;

    @Test
    void aCreationRetriedAfterItsAnswerWasLostAnswers201AndCreatesOneCart() {
        String customerId = "cust-" + UUID.randomUUID();
        lost.loseNext(1);

        ResponseEntity<JsonNode> created = LocalRestClient.on(port)
                .post()
                .uri("/api/carts")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("customerId", customerId))
                .retrieve()
                .toEntity(JsonNode.class);

        assertThat(created.getStatusCode().value())
                .as(String.valueOf(created.getBody()))
                .isEqualTo(201);
        assertThat(lost.attempts()).as("the transaction was sent twice").isEqualTo(2);
        String cartId = created.getBody().path("cartId").asString();
        JsonNode cart = LocalRestClient.on(port)
                .get()
                .uri("/api/carts/" + cartId)
                .retrieve()
                .body(JsonNode.class);
        assertThat(cart.path("customerId").asString()).isEqualTo(customerId);
        assertThat(cart.path("status").asString()).isEqualTo("OPEN");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class LosingDynamoDbAnswers {

        @Bean
        static BeanPostProcessor losingDynamoDbAnswers() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof AwsClientBuilderConfigurer configurer) {
                        return new DecoratedConfigurer(configurer, builder -> {
                            if (builder instanceof DynamoDbClientBuilder) {
                                builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                                        .addExecutionInterceptor(lost)
                                        .build());
                            }
                        });
                    }
                    return bean;
                }
            };
        }
    }
}
