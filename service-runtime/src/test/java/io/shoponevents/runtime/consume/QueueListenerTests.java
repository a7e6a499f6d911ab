package io.shoponevents.runtime.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.ExampleEvent;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.runtime.journey.JourneyRecorder;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.runtime.tracing.Tracing;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * What the listener records in the journey beside the outbox and inbox: a message its handler keeps failing, once the
 * queue is about to give up on it; an event it acknowledged without a handler.
 */
class QueueListenerTests {

    private static final int MAX_RECEIVES = 3;

    private final List<PutItemRequest> recorded = new ArrayList<>();
    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());
    private final QueueListener listener = new QueueListener(
            EventDispatcher.builder(new EventValidator(), codec)
                    .on(OrderPlaced.class, (placed, envelope) -> {
                        throw new IllegalStateException("the table is gone");
                    })
                    .build(),
            new DeadLetters(null, "shop-inventory-events-dlq"),
            Tracing.off(),
            new JourneyRecorder(new RecordingDynamoDb(), "shop-inventory", Clock.systemUTC()),
            MAX_RECEIVES);

    @Test
    void aFailingMessageIsRecordedAsDeadLetteredOnTheLastReceiveTheQueueAllows() {
        String placed =
                ExampleEvent.of(EventType.ORDER_PLACED).aboutOrder("ord-42").json();

        assertThatIllegalStateException().isThrownBy(() -> listener.onMessage(placed, null, "1"));
        assertThatIllegalStateException().isThrownBy(() -> listener.onMessage(placed, null, "2"));
        assertThat(recorded).as("the queue delivers it again").isEmpty();

        assertThatIllegalStateException().isThrownBy(() -> listener.onMessage(placed, null, "3"));

        assertThat(recorded).singleElement().satisfies(put -> {
            assertThat(put.tableName()).isEqualTo("shop-inventory");
            assertThat(put.item().get("gsi2pk").s()).isEqualTo("JOURNEY#ord-42");
            assertThat(put.item().get("direction").s()).isEqualTo("DEAD_LETTERED");
            assertThat(put.item().get("reason").s())
                    .isEqualTo("failed on each of 3 receives, the last with java.lang.IllegalStateException:"
                            + " the table is gone");
        });
    }

    @Test
    void anEventAcknowledgedWithoutAnInboxEntryIsRecordedAsConsumed() {
        ExampleEvent cancelled = ExampleEvent.of(EventType.ORDER_CANCELLED).aboutOrder("ord-43");

        listener.onMessage(cancelled.json(), null, "1");

        assertThat(recorded).singleElement().satisfies(put -> {
            assertThat(put.item().get("pk").s()).isEqualTo("CONSUMED#" + cancelled.eventId());
            assertThat(put.item().get("gsi2pk").s()).isEqualTo("JOURNEY#ord-43");
            assertThat(put.item().get("direction").s()).isEqualTo("CONSUMED");
            assertThat(put.item().get("detailType").s()).isEqualTo("OrderCancelled");
        });
    }

    private final class RecordingDynamoDb implements DynamoDbClient {

        @Override
        public PutItemResponse putItem(PutItemRequest request) {
            recorded.add(request);
            return PutItemResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {}
    }
}
