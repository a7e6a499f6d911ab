package io.shoponevents.runtime.journey;

import io.shoponevents.events.EventEnvelope;
import java.util.Optional;

/**
 * The event the current thread is handling, so that the inbox entry a handler commits ({@code UnitOfWork.consumes})
 * records where the event came from and which order it belongs to, without every handler passing the envelope down.
 * The queue listener handles each message on one thread, start to commit.
 */
public final class ConsumedEvent {

    private static final ThreadLocal<EventEnvelope> CURRENT = new ThreadLocal<>();

    private ConsumedEvent() {}

    /** Runs {@code handler} with {@code envelope} as the event being handled. */
    public static void handling(EventEnvelope envelope, Runnable handler) {
        EventEnvelope outer = CURRENT.get();
        CURRENT.set(envelope);
        try {
            handler.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The event being handled, if its id is {@code eventId}. */
    public static Optional<EventEnvelope> withId(String eventId) {
        EventEnvelope current = CURRENT.get();
        return current != null && current.eventId().equals(eventId) ? Optional.of(current) : Optional.empty();
    }
}
