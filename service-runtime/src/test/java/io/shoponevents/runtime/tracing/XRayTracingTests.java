package io.shoponevents.runtime.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.Subsegment;
import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class XRayTracingTests {

    /** The trace header every example event carries. */
    private static final String EXAMPLE_ROOT = "1-6740a1b2-3c4d5e6f708192a3b4c5d6e7";

    private static final String EXAMPLE_PARENT = "53995c3f42cd8ad8";
    private static final String ORDER_ID = "ord-7f3c2a91-4b6e-4d1a-9c2f-5e8b1a0d3c47";

    private final RecordedTraces traces = new RecordedTraces();
    private final XRayTracing tracing = traces.tracing("inventory-service");
    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC(), tracing::currentTraceHeader);
    private final String orderPlaced = ExampleEvents.valid(EventType.ORDER_PLACED);

    @AfterEach
    void leaveNoTraceOnTheThread() {
        traces.recorder.clearTraceEntity();
    }

    @Test
    void consumerSegmentContinuesTheTraceInTheEnvelope() {
        List<String> handled = new ArrayList<>();

        tracing.inConsumerSegment(orderPlaced, null, () -> handled.add("placed"));

        assertThat(handled).containsExactly("placed");
        Segment segment = traces.onlySegment();
        assertThat(segment.getName()).isEqualTo("inventory-service");
        assertThat(segment.getTraceId()).hasToString(EXAMPLE_ROOT);
        assertThat(segment.getParentId()).isEqualTo(EXAMPLE_PARENT);
    }

    @Test
    void awsTraceHeaderOfTheRouteWinsOverTheEnvelopes() {
        String fromRoute = "Root=1-6740a1b2-00000000000000000000abcd;Parent=00000000000000ef;Sampled=1";

        tracing.inConsumerSegment(orderPlaced, fromRoute, () -> {});

        Segment segment = traces.onlySegment();
        assertThat(segment.getTraceId()).hasToString("1-6740a1b2-00000000000000000000abcd");
        assertThat(segment.getParentId()).isEqualTo("00000000000000ef");
    }

    @Test
    void consumerSegmentIsFoundByOrderIdEventTypeAndEventId() {
        tracing.inConsumerSegment(orderPlaced, null, () -> {});

        assertThat(traces.onlySegment().getAnnotations())
                .containsEntry("orderId", ORDER_ID)
                .containsEntry("cartId", "cart-2b9d4e6f-81a3-4c57-b0e2-9f6a3d1c8e25")
                .containsEntry("correlationId", ORDER_ID)
                .containsEntry("eventType", "OrderPlaced")
                .containsEntry("eventId", "0e7e0000-0000-4000-8000-000000000002")
                .containsEntry("operation", "consume OrderPlaced");
    }

    @Test
    void messageWithoutTraceHeaderStartsATraceOfItsOwn() {
        String untraced = orderPlaced.replace("\"traceHeader\"", "\"untraced\"");

        tracing.inConsumerSegment(untraced, null, () -> {});

        Segment segment = traces.onlySegment();
        assertThat(segment.getTraceId().toString()).isNotEqualTo(EXAMPLE_ROOT);
        assertThat(segment.getParentId()).isNull();
    }

    @Test
    void poisonIsHandledInASegmentToo() {
        List<String> handled = new ArrayList<>();

        tracing.inConsumerSegment("{not json", null, () -> handled.add("rejected"));

        assertThat(handled).containsExactly("rejected");
        assertThat(traces.onlySegment().getAnnotations()).containsEntry("operation", "consume unreadable message");
    }

    @Test
    void anUnsampledTraceStaysUnsampledDownstream() {
        String unsampled = orderPlaced.replace(";Sampled=1", ";Sampled=0");
        AtomicReference<String> header = new AtomicReference<>();

        tracing.inConsumerSegment(unsampled, null, () -> header.set(tracing.currentTraceHeader()));

        assertThat(header).hasValue("Root=" + EXAMPLE_ROOT + ";Sampled=0");
        assertThat(traces.segments).isEmpty();
    }

    @Test
    void eventsPublishedWhileConsumingHangUnderTheirPublishSubsegment() {
        List<EventEnvelope> published = new ArrayList<>();
        EventEnvelope[] written = new EventEnvelope[1];

        tracing.inConsumerSegment(orderPlaced, null, () -> {
            written[0] = codec.wrap(EventType.STOCK_RESERVED, Map.of("orderId", ORDER_ID), ORDER_ID, null, null);
            tracing.inPublishSubsegment(written[0], published::add);
        });

        Segment consumer = traces.onlySegment();
        Subsegment publish = consumer.getSubsegments().get(0);
        assertThat(publish.getName()).isEqualTo("publish StockReserved");
        assertThat(publish.getAnnotations())
                .containsEntry("eventId", written[0].eventId())
                .containsEntry("orderId", ORDER_ID);
        assertThat(written[0].detail().metadata().traceHeader())
                .as("the outbox keeps the header of the segment that wrote the event")
                .isEqualTo("Root=" + EXAMPLE_ROOT + ";Parent=" + consumer.getId() + ";Sampled=1");
        assertThat(published)
                .singleElement()
                .satisfies(event -> assertThat(event.detail().metadata().traceHeader())
                        .isEqualTo("Root=" + EXAMPLE_ROOT + ";Parent=" + publish.getId() + ";Sampled=1"))
                .satisfies(event -> assertThat(event.eventId()).isEqualTo(written[0].eventId()));
    }

    @Test
    void failureIsRecordedOnTheSegmentAndStillThrown() {
        assertThatIllegalStateException()
                .isThrownBy(() -> tracing.inConsumerSegment(orderPlaced, null, () -> {
                    throw new IllegalStateException("table unavailable");
                }));

        assertThat(traces.onlySegment().isFault()).isTrue();
        assertThat(tracing.currentTraceHeader()).as("the segment is closed").isNull();
    }

    @Test
    void logsOfTheSegmentCarryItsTraceId() {
        AtomicReference<String> logged = new AtomicReference<>();

        tracing.inConsumerSegment(orderPlaced, null, () -> logged.set(MDC.get("traceId")));

        assertThat(logged).hasValue(EXAMPLE_ROOT);
        assertThat(MDC.get("traceId")).isNull();
    }

    @Test
    void workStartedInsideATraceBecomesASubsegmentOfIt() {
        tracing.inConsumerSegment(
                orderPlaced,
                null,
                () -> tracing.inSegment("relay OrderPlaced", "Root=1-6740a1b2-00000000000000000000abcd", () -> "done"));

        assertThat(traces.onlySegment().getSubsegments())
                .extracting(Subsegment::getName)
                .containsExactly("relay OrderPlaced");
    }

    @Test
    void outsideATraceThereIsNoHeaderAndPublishingChangesNothing() {
        EventEnvelope event = codec.wrap(EventType.STOCK_RESERVED, Map.of(), ORDER_ID, null, "Root=" + EXAMPLE_ROOT);
        List<EventEnvelope> published = new ArrayList<>();

        tracing.inPublishSubsegment(event, published::add);

        assertThat(tracing.currentTraceHeader()).isNull();
        assertThat(event.detail().metadata().traceHeader()).isEqualTo("Root=" + EXAMPLE_ROOT);
        assertThat(published).containsExactly(event);
        assertThat(traces.segments).isEmpty();
    }
}
