package io.shoponevents.runtime.tracing;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.runtime.publish.EventPublisher;

/**
 * Publishes each event in a {@code publish <detail-type>} subsegment and sends it with that subsegment's trace
 * header, in the envelope and, on the bus, as the entry's trace header: the consumer's segment becomes its child.
 */
public final class TracedPublisher implements EventPublisher {

    private final EventPublisher delegate;
    private final Tracing tracing;

    public TracedPublisher(EventPublisher delegate, Tracing tracing) {
        this.delegate = delegate;
        this.tracing = tracing;
    }

    @Override
    public void publish(EventEnvelope envelope) {
        tracing.inPublishSubsegment(envelope, delegate::publish);
    }
}
