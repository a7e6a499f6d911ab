package io.shoponevents.shipping.shipment.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * When a shipment was created and, once it got that far, dispatched, delivered or cancelled; a step not reached yet
 * has no time. Each step keeps the times before it, so the timeline always reads in the order things happened.
 */
public record Timeline(Instant createdAt, Instant dispatchedAt, Instant deliveredAt, Instant cancelledAt) {

    public Timeline {
        Objects.requireNonNull(createdAt, "createdAt");
    }

    static Timeline startingAt(Instant now) {
        return new Timeline(now, null, null, null);
    }

    Timeline dispatched(Instant now) {
        return new Timeline(createdAt, now, null, null);
    }

    Timeline delivered(Instant now) {
        return new Timeline(createdAt, dispatchedAt, now, null);
    }

    Timeline cancelled(Instant now) {
        return new Timeline(createdAt, dispatchedAt, null, now);
    }
}
