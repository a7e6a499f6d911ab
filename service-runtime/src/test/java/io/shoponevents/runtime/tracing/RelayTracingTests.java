package io.shoponevents.runtime.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.Subsegment;
import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.runtime.outbox.OutboxRelay;
import io.shoponevents.runtime.outbox.PublishedMarks;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** An event left in the outbox is published later by the relay, in the trace of the request that wrote it. */
class RelayTracingTests {

    private final RecordedTraces traces = new RecordedTraces();
    private final Tracing tracing = traces.tracing("order-service");
    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC(), tracing::currentTraceHeader);
    private final List<EventEnvelope> published = new ArrayList<>();

    @AfterEach
    void leaveNoTraceOnTheThread() {
        traces.recorder.clearTraceEntity();
    }

    @Test
    void relayContinuesTheTraceStoredWithTheEvent() {
        String pending = ExampleEvents.valid(EventType.ORDER_PLACED);
        OneEntryOutbox outbox = new OneEntryOutbox(pending);
        OutboxRelay relay = new OutboxRelay(
                outbox,
                "shop-orders",
                codec,
                new TracedPublisher(published::add, tracing),
                new PublishedMarks(outbox, "shop-orders", Clock.systemUTC()),
                Clock.systemUTC(),
                tracing);

        assertThat(relay.publishDue()).isOne();

        Segment relayed = traces.onlySegment();
        assertThat(relayed.getTraceId()).hasToString("1-6740a1b2-3c4d5e6f708192a3b4c5d6e7");
        assertThat(relayed.getParentId()).isEqualTo("53995c3f42cd8ad8");
        assertThat(relayed.getAnnotations()).containsEntry("operation", "relay OrderPlaced");
        Subsegment publish = RecordedTraces.subsegments(relayed)
                .filter(subsegment -> subsegment.getName().equals("publish OrderPlaced"))
                .findFirst()
                .orElseThrow();
        assertThat(published)
                .singleElement()
                .satisfies(event -> assertThat(event.detail().metadata().traceHeader())
                        .isEqualTo(
                                "Root=1-6740a1b2-3c4d5e6f708192a3b4c5d6e7;Parent=" + publish.getId() + ";Sampled=1"));
    }

    @Test
    void relayWithTracingOffPublishesTheStoredEventUnchanged() {
        String pending = ExampleEvents.valid(EventType.ORDER_PLACED);
        OneEntryOutbox outbox = new OneEntryOutbox(pending);
        OutboxRelay relay = new OutboxRelay(
                outbox,
                "shop-orders",
                codec,
                published::add,
                new PublishedMarks(outbox, "shop-orders", Clock.systemUTC()),
                Clock.systemUTC(),
                Tracing.off());

        relay.publishDue();

        assertThat(published).singleElement().isEqualTo(codec.read(pending));
        assertThat(traces.segments).isEmpty();
    }

    /** A table whose outbox holds one due entry, and which accepts marking it published. */
    private record OneEntryOutbox(String envelope) implements DynamoDbClient {

        @Override
        public QueryResponse query(QueryRequest request) {
            return QueryResponse.builder()
                    .items(List.of(
                            Map.of("envelope", AttributeValue.fromS(envelope), "attempts", AttributeValue.fromN("0"))))
                    .build();
        }

        @Override
        public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
            return BatchWriteItemResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {}
    }
}
