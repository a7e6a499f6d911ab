package io.shoponevents.runtime.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class PublishedMarksTests {

    private static final String TABLE = "shop-orders";

    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());
    private final Table table = new Table();
    private final PublishedMarks marks = new PublishedMarks(table, TABLE, Clock.systemUTC());

    @Test
    void whatDynamoDbLeavesUnprocessedIsWrittenByTheNextFlush() {
        EventEnvelope first = orderPlaced();
        EventEnvelope second = orderPlaced();
        marks.add(first, codec.write(first));
        marks.add(second, codec.write(second));
        table.leaveUnprocessed = 1;

        marks.flush();
        assertThat(table.written).containsExactly(key(second));

        marks.flush();
        assertThat(table.written).containsExactly(key(second), key(first));
    }

    @Test
    void whileWritesFailAtMostSoManyMarksWaitAndTheRestAreLeftToTheRelay() {
        table.failing = true;
        for (int i = 0; i < PublishedMarks.MOST_WAITING + 5; i++) {
            EventEnvelope published = orderPlaced();
            marks.add(published, codec.write(published));
        }
        marks.flushOrLog();

        table.failing = false;
        marks.flush();

        assertThat(table.written).hasSize(PublishedMarks.MOST_WAITING);
        assertThat(table.requests).isEqualTo(PublishedMarks.MOST_WAITING / PublishedMarks.BATCH + 1);
    }

    @Test
    void aMarkTakenAfterCloseIsWrittenAtOnce() {
        marks.writeEvery(java.time.Duration.ofHours(1)).close();
        EventEnvelope late = orderPlaced();

        marks.add(late, codec.write(late));

        assertThat(table.written).containsExactly(key(late));
    }

    private EventEnvelope orderPlaced() {
        EventEnvelope example = codec.read(ExampleEvents.valid(EventType.ORDER_PLACED));
        OrderPlaced data = codec.data(example, OrderPlaced.class);
        return codec.wrap(EventType.ORDER_PLACED, data, data.getOrderId(), null, null);
    }

    private static String key(EventEnvelope event) {
        return OutboxItems.outboxKey(event.eventId()).get("pk").s();
    }

    /** Records the entries written; fails every request, or leaves the first n items of the next one, when told to. */
    private static final class Table implements DynamoDbClient {
        final List<String> written = new ArrayList<>();
        int requests;
        boolean failing;
        int leaveUnprocessed;

        @Override
        public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
            requests++;
            if (failing) {
                throw SdkClientException.create("connection refused");
            }
            List<WriteRequest> puts = request.requestItems().get(TABLE);
            List<WriteRequest> left = puts.subList(0, leaveUnprocessed);
            leaveUnprocessed = 0;
            puts.subList(left.size(), puts.size())
                    .forEach(put -> written.add(pk(put.putRequest().item())));
            return BatchWriteItemResponse.builder()
                    .unprocessedItems(left.isEmpty() ? Map.of() : Map.of(TABLE, List.copyOf(left)))
                    .build();
        }

        private static String pk(Map<String, AttributeValue> item) {
            return item.get("pk").s();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {}
    }
}
