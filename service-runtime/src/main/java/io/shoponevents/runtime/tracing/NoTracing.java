package io.shoponevents.runtime.tracing;

import io.shoponevents.events.EventEnvelope;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** {@code shop.tracing.enabled=false}: the work runs as it would without tracing, and nothing is recorded. */
enum NoTracing implements Tracing {
    INSTANCE;

    @Override
    public String currentTraceHeader() {
        return null;
    }

    @Override
    public void inConsumerSegment(String messageBody, String awsTraceHeader, Runnable handling) {
        handling.run();
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
