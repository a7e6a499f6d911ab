package io.shoponevents.runtime.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shoponevents.events.EventValidator;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.events.ServiceName;
import io.shoponevents.events.topology.Topology;
import io.shoponevents.infra.provision.Provisioner;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.testsupport.AwsEndpoint;
import io.shoponevents.testsupport.AwsTestEndpoint;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

class DeadLettersIntegrationTests {

    private static SqsClient sqs;
    private final String deadLetterQueue =
            Topology.standard().queue(ServiceName.SHIPPING).deadLetterQueueName();

    @BeforeAll
    static void provision() {
        AwsEndpoint endpoint = AwsTestEndpoint.get();
        Provisioner.provision(
                endpoint.uri(), endpoint.dynamoDbUri(), endpoint.region().id(), "shop@example.com", System.out);
        sqs = endpoint.configure(SqsClient.builder()).build();
    }

    @AfterAll
    static void close() {
        sqs.close();
    }

    @Test
    void movesAPoisonMessageToTheDeadLetterQueueWithItsReason() {
        String poison = ExampleEvents.Invalid.NEGATIVE_QUANTITY.json();
        EventDispatcher dispatcher = EventDispatcher.builder(new EventValidator(), new EnvelopeCodec(Clock.systemUTC()))
                .build();
        String reason = catchThrowableOfType(PoisonMessageException.class, () -> dispatcher.dispatch(poison))
                .getMessage();

        new DeadLetters(sqs, deadLetterQueue).reject(poison, reason);

        String url =
                sqs.getQueueUrl(request -> request.queueName(deadLetterQueue)).queueUrl();
        List<Message> messages = sqs.receiveMessage(request -> request.queueUrl(url)
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds(5)
                        .messageAttributeNames(DeadLetters.REASON_ATTRIBUTE))
                .messages();
        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.body()).isEqualTo(poison);
            assertThat(message.messageAttributes()
                            .get(DeadLetters.REASON_ATTRIBUTE)
                            .stringValue())
                    .contains("detail.data.items[1].quantity");
        });
    }
}
