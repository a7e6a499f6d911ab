package io.shoponevents.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The saga's latencies of the measured (not warm-up) orders, each the difference of two server-side timestamps. */
record SagaLatencies(List<Timed> toConfirmed, List<Duration> confirmedToShipment, List<Duration> toConfirmationEmail) {

    /** A latency and the checkout time it belongs to. */
    record Timed(Instant checkoutAt, Duration latency) {}

    static SagaLatencies of(List<Checkout> checkouts, Map<String, OrderObservation> observations) {
        List<Timed> toConfirmed = new ArrayList<>();
        List<Duration> toShipment = new ArrayList<>();
        List<Duration> toEmail = new ArrayList<>();
        for (Checkout checkout : checkouts) {
            OrderObservation order = checkout.placed() ? observations.get(checkout.orderId()) : null;
            if (checkout.arrival().warmup() || order == null || order.placedAt() == null) {
                continue;
            }
            if (order.confirmedAt() != null) {
                toConfirmed.add(new Timed(order.placedAt(), Duration.between(order.placedAt(), order.confirmedAt())));
                if (!order.shipmentsCreatedAt().isEmpty()) {
                    toShipment.add(Duration.between(order.confirmedAt(), Collections.min(order.shipmentsCreatedAt())));
                }
            }
            if (!order.confirmationEmailsSentAt().isEmpty()) {
                toEmail.add(Duration.between(order.placedAt(), Collections.min(order.confirmationEmailsSentAt())));
            }
        }
        return new SagaLatencies(toConfirmed, toShipment, toEmail);
    }

    LatencySummary confirmed() {
        return LatencySummary.of(toConfirmed.stream().map(Timed::latency).toList());
    }

    LatencySummary shipment() {
        return LatencySummary.of(confirmedToShipment);
    }

    LatencySummary email() {
        return LatencySummary.of(toConfirmationEmail);
    }
}
