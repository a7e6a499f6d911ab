package io.shoponevents.runtime.tracing;

import io.shoponevents.events.EventEnvelope;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code shop.tracing.enabled=false}: the work runs as it would without tracing, and nothing is recorded. The trace
 * header of a consumed event is still passed on to the events its handling emits, so that a trace that began upstream
 * continues downstream of a service that does not take part in it.
 */
enum NoTracing implements Tracing {
    INSTANCE;

    private static final ThreadLocal<String> CONSUMED_TRACE_HEADER = new ThreadLocal<>();

    @Override
    public String currentTraceHeader() {
        return CONSUMED_TRACE_HEADER.get();
    }

    @Override
    public void inConsumerSegment(String messageBody, String awsTraceHeader, Runnable handling) {
        CONSUMED_TRACE_HEADER.set(
                awsTraceHeader != null
                        ? awsTraceHeader
                        : EventFacts.read(messageBody).traceHeader());
        try {
            handling.run();
        } finally {
            CONSUMED_TRACE_HEADER.remove();
        }
    }

    @Override
    public <T> T inSegment(String operation, String traceHeader, Supplier<T> work) {
        return work.get();
    }

    @Override
    public void inPublishSubsegment(EventEnvelope envelope, Consumer<EventEnvelope> publish) {
        publish.accept(envelope);
    }
}
