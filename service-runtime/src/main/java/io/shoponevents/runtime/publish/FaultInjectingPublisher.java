package io.shoponevents.runtime.publish;

import io.shoponevents.events.EventEnvelope;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fails the first publishes after start, leaving their events in the outbox as a crash between commit and publish
 * would. Enabled only by {@code shop.fail-first-publishes}, for fault tests.
 */
public final class FaultInjectingPublisher implements EventPublisher {

    private final EventPublisher delegate;
    private final AtomicInteger failuresLeft;

    public FaultInjectingPublisher(EventPublisher delegate, int failures) {
        this.delegate = delegate;
        this.failuresLeft = new AtomicInteger(failures);
    }

    @Override
    public void publish(EventEnvelope envelope) {
        if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new PublishException(envelope, "fault injected (shop.fail-first-publishes)");
        }
        delegate.publish(envelope);
    }
}
