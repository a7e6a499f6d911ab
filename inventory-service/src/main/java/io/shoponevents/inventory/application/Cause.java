package io.shoponevents.inventory.application;

import java.util.Objects;

/**
 * The consumed event behind a change: its id makes the change idempotent and becomes the causation id of the events
 * emitted; its trace header continues the producer's trace.
 */
public record Cause(String eventId, String traceHeader) {

    public Cause {
        Objects.requireNonNull(eventId, "eventId");
    }
}
