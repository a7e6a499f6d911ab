package io.shoponevents.runtime.consume;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.runtime.domain.CausingEvent;

/** The consumed event an envelope carries, as the cause of the change a handler makes. */
public final class CausingEvents {

    private CausingEvents() {}

    public static CausingEvent of(EventEnvelope envelope) {
        return new CausingEvent(envelope.eventId(), envelope.detailType());
    }
}
