package io.shoponevents.runtime.tracing;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Entity;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.entities.TraceID;
import com.amazonaws.xray.strategy.sampling.SamplingRequest;
import io.shoponevents.events.EventDetail;
import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventMetadata;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * Tracing with the X-Ray SDK. Segments are named after the service; each one also carries an {@code operation}
 * annotation ({@code consume OrderPlaced}, {@code relay OrderPlaced}). While a segment is open, the logs of its thread
 * carry its trace id under {@value #TRACE_ID}.
 */
final class XRayTracing implements Tracing {

    static final String TRACE_ID = "traceId";
    private static final String INVALID_TRACE_ID = TraceID.invalid().toString();

    private final AWSXRayRecorder recorder;
    private final String serviceName;

    XRayTracing(AWSXRayRecorder recorder, String serviceName) {
        this.recorder = recorder;
        this.serviceName = serviceName;
    }

    @Override
    public String currentTraceHeader() {
        Entity current = recorder.getTraceEntity();
        if (current == null) {
            return null;
        }
        Segment segment = current.getParentSegment();
        String root = segment.getTraceId().toString();
        if (INVALID_TRACE_ID.equals(root)) {
            return null;
        }
        return segment.isSampled()
                ? new TraceHeader(root, current.getId(), true).toString()
                : new TraceHeader(root, null, false).toString();
    }

    @Override
    public void inConsumerSegment(String messageBody, String awsTraceHeader, Runnable handling) {
        EventFacts facts = EventFacts.read(messageBody);
        Optional<TraceHeader> continued =
                TraceHeader.parse(awsTraceHeader).or(() -> TraceHeader.parse(facts.traceHeader()));
        String operation = "consume " + (facts.eventType() == null ? "unreadable message" : facts.eventType());
        inSegment(operation, continued, facts::annotate, () -> {
            handling.run();
            return null;
        });
    }

    @Override
    public <T> T inSegment(String operation, String traceHeader, Supplier<T> work) {
        return inSegment(operation, TraceHeader.parse(traceHeader), segment -> {}, work);
    }

    @Override
    public void inPublishSubsegment(EventEnvelope envelope, Consumer<EventEnvelope> publish) {
        Entity current = recorder.getTraceEntity();
        if (current == null) {
            publish.accept(envelope);
            return;
        }
        EventFacts facts = EventFacts.of(envelope);
        facts.annotateSubject(current.getParentSegment());
        Subsegment subsegment = recorder.beginSubsegment("publish " + envelope.detailType());
        try {
            facts.annotate(subsegment);
            String header = currentTraceHeader();
            publish.accept(header == null ? envelope : withTraceHeader(envelope, header));
        } catch (RuntimeException | Error e) {
            subsegment.addException(e);
            throw e;
        } finally {
            recorder.endSubsegment();
        }
    }

    private <T> T inSegment(
            String operation, Optional<TraceHeader> continued, Consumer<Entity> annotate, Supplier<T> work) {
        if (recorder.getTraceEntity() != null) {
            // Already inside a trace (a relay run within a request, say): a subsegment of it, not a second segment.
            Subsegment subsegment = recorder.beginSubsegment(operation);
            try {
                annotate.accept(subsegment);
                return work.get();
            } catch (RuntimeException | Error e) {
                subsegment.addException(e);
                throw e;
            } finally {
                recorder.endSubsegment();
            }
        }
        Segment segment = begin(continued);
        try (var traceId = traceIdInLogs(segment)) {
            segment.putAnnotation("operation", operation);
            annotate.accept(segment);
            return work.get();
        } catch (RuntimeException | Error e) {
            segment.addException(e);
            throw e;
        } finally {
            recorder.endSegment();
        }
    }

    private Segment begin(Optional<TraceHeader> continued) {
        if (continued.isEmpty()) {
            return recorder.beginSegmentWithSampling(serviceName);
        }
        TraceHeader header = continued.get();
        TraceID traceId = TraceID.fromString(header.root());
        boolean sampled = header.sampled() != null
                ? header.sampled()
                : recorder.getSamplingStrategy()
                        .shouldTrace(new SamplingRequest(serviceName, null, null, null, recorder.getOrigin()))
                        .isSampled();
        return sampled
                ? recorder.beginSegment(serviceName, traceId, header.parent())
                : recorder.beginNoOpSegment(traceId);
    }

    static MDC.MDCCloseable traceIdInLogs(Segment segment) {
        String traceId = segment.getTraceId().toString();
        return INVALID_TRACE_ID.equals(traceId) ? null : MDC.putCloseable(TRACE_ID, traceId);
    }

    static EventEnvelope withTraceHeader(EventEnvelope envelope, String traceHeader) {
        EventMetadata metadata = envelope.detail().metadata();
        return new EventEnvelope(
                envelope.version(),
                envelope.id(),
                envelope.detailType(),
                envelope.source(),
                envelope.time(),
                envelope.account(),
                envelope.region(),
                envelope.resources(),
                new EventDetail(
                        new EventMetadata(
                                metadata.eventId(),
                                metadata.schemaVersion(),
                                metadata.correlationId(),
                                metadata.causationId(),
                                traceHeader),
                        envelope.detail().data()));
    }
}
