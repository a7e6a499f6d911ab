package io.shoponevents.order.order.domain;

import java.util.Objects;

/** The consumed event that made an order change: its producer's event id and its detail-type. */
public record CausingEvent(String eventId, String eventType) {

    public CausingEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
    }
}
