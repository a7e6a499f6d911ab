package io.shoponevents.runtime.tracing;

import io.shoponevents.events.EventEnvelope;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the rest of the runtime knows of tracing: the current trace header, and the segments around consuming,
 * relaying and publishing an event. X-Ray stays behind it (see {@link XRayTracing}), so that moving to OpenTelemetry
 * with the X-Ray propagator touches this package only. {@link #off()} changes nothing and records nothing.
 */
public interface Tracing {

    /** The trace header of the current (sub)segment ({@code Root=…;Parent=…;Sampled=…}); null outside a trace. */
    String currentTraceHeader();

    /**
     * Handles one queue message in a segment that continues the producer's trace: from the SQS {@code AWSTraceHeader}
     * attribute when the route set it, else from the envelope's {@code detail.metadata.traceHeader}.
     */
    void inConsumerSegment(String messageBody, String awsTraceHeader, Runnable handling);

    /** Runs work that no request or message started (the outbox relay) in a segment continuing {@code traceHeader}. */
    <T> T inSegment(String operation, String traceHeader, Supplier<T> work);

    /**
     * Publishes an event in a subsegment of the current trace, handing {@code publish} the envelope with that
     * subsegment's trace header, so that its consumers' segments hang under it.
     */
    void inPublishSubsegment(EventEnvelope envelope, Consumer<EventEnvelope> publish);

    static Tracing off() {
        return NoTracing.INSTANCE;
    }
}
