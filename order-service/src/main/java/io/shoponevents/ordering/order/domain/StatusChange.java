package io.shoponevents.ordering.order.domain;

import io.shoponevents.runtime.domain.CausingEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an order's history: the status it took, when, and the event that caused it ({@code eventId} and
 * {@code eventType} are null when a customer's request did, as for checkout and cancel).
 *
 * @param reason why, where one was given: a rejection's or a cancellation's
 */
public record StatusChange(OrderStatus status, Instant at, String eventId, String eventType, String reason) {

    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }

    static StatusChange requested(OrderStatus status, Instant at, String reason) {
        return new StatusChange(status, at, null, null, reason);
    }

    static StatusChange causedBy(CausingEvent cause, OrderStatus status, Instant at, String reason) {
        return new StatusChange(status, at, cause.eventId(), cause.eventType(), reason);
    }
}
