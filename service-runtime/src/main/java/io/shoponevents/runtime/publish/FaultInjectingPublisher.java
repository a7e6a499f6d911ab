package io.shoponevents.runtime.publish;

import io.shoponevents.events.EventEnvelope;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fails the first publishes after start (of the given detail-types, or of any when none are given), leaving their
 * events in the outbox as a crash between commit and publish would. Enabled only by {@code shop.fail-first-publishes}
 * and {@code shop.fail-publishes-of}, for fault tests.
 */
public final class FaultInjectingPublisher implements EventPublisher {

    private final EventPublisher delegate;
    private final AtomicInteger failuresLeft;
    private final Set<String> detailTypes;

    public FaultInjectingPublisher(EventPublisher delegate, int failures, Set<String> detailTypes) {
        this.delegate = delegate;
        this.failuresLeft = new AtomicInteger(failures);
        this.detailTypes = detailTypes == null ? Set.of() : Set.copyOf(detailTypes);
    }

    @Override
    public void publish(EventEnvelope envelope) {
        boolean targeted = detailTypes.isEmpty() || detailTypes.contains(envelope.detailType());
        if (targeted && failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new PublishException(envelope, "fault injected (shop.fail-first-publishes)");
        }
        delegate.publish(envelope);
    }
}
