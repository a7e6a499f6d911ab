package io.shoponevents.benchmark;

import java.time.Instant;
import java.util.List;

/**
 * What the shop recorded about one order, with the services' own timestamps: the PENDING and CONFIRMED entries of the
 * order's history, the {@code createdAt} of each shipment and the {@code sentAt} of each OrderConfirmed email.
 */
record OrderObservation(
        String orderId,
        String status,
        Instant placedAt,
        Instant confirmedAt,
        List<Instant> shipmentsCreatedAt,
        List<Instant> confirmationEmailsSentAt) {

    static final String CONFIRMED = "CONFIRMED";
    static final String REJECTED = "REJECTED";

    boolean decided() {
        return CONFIRMED.equals(status) || REJECTED.equals(status);
    }

    /** Nothing more is expected: rejected, or confirmed with its shipment and its confirmation email. */
    boolean settled() {
        return REJECTED.equals(status)
                || (CONFIRMED.equals(status) && !shipmentsCreatedAt.isEmpty() && !confirmationEmailsSentAt.isEmpty());
    }

    OrderObservation withDownstream(List<Instant> shipments, List<Instant> emails) {
        return new OrderObservation(
                orderId, status, placedAt, confirmedAt, List.copyOf(shipments), List.copyOf(emails));
    }
}
