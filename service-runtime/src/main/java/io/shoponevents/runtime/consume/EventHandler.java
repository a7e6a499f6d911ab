package io.shoponevents.runtime.consume;

import io.shoponevents.events.EventEnvelope;

/** Handles one event type: its fields as the generated type, and the envelope for ids and lineage. */
@FunctionalInterface
public interface EventHandler<T> {

    void handle(T data, EventEnvelope envelope);
}
