package io.shoponevents.runtime.journey;

import io.shoponevents.events.EventEnvelope;
import java.util.Optional;

/**
 * The event the queue listener is handling on this thread, so that the inbox entry a handler commits ({@code
 * UnitOfWork.consumes}) records where the event came from and which order it belongs to, without every handler passing
 * the envelope down; and so that the listener knows afterwards whether the handler recorded it at all. A service that
 * acknowledges an event without a state change (no handler for it, or nothing to do) writes no inbox entry; the
 * listener then records the consumption for the journey itself. The listener handles each message on one thread, start
 * to commit.
 */
public final class ConsumedEvent {

    private static final ThreadLocal<Handling> CURRENT = new ThreadLocal<>();

    private ConsumedEvent() {}

    /** Starts the handling of one message on this thread; closing it forgets the message. */
    public static Handling begin() {
        Handling handling = new Handling();
        CURRENT.set(handling);
        return handling;
    }

    /** The message being handled is this event (the dispatcher has decoded it). */
    public static void decoded(EventEnvelope envelope) {
        Handling handling = CURRENT.get();
        if (handling != null) {
            handling.envelope = envelope;
        }
    }

    /** The event being handled, if its id is {@code eventId}; its inbox entry is being written. */
    public static Optional<EventEnvelope> recording(String eventId) {
        Handling handling = CURRENT.get();
        if (handling == null
                || handling.envelope == null
                || !handling.envelope.eventId().equals(eventId)) {
            return Optional.empty();
        }
        handling.recorded = true;
        return Optional.of(handling.envelope);
    }

    /** One message's handling. */
    public static final class Handling implements AutoCloseable {

        private EventEnvelope envelope;
        private boolean recorded;

        private Handling() {}

        /** The event, if it was decoded and its handler wrote no inbox entry for it. */
        public Optional<EventEnvelope> unrecorded() {
            return recorded ? Optional.empty() : Optional.ofNullable(envelope);
        }

        @Override
        public void close() {
            CURRENT.remove();
        }
    }
}
