package io.shoponevents.inventory;

import io.shoponevents.inventory.domain.LineItem;
import io.shoponevents.inventory.domain.Reservation;
import io.shoponevents.inventory.domain.ReservationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reservations for tests: one order with two lines unless told otherwise. */
public final class ReservationBuilder {

    private String orderId = "ord-" + UUID.randomUUID();
    private final List<LineItem> lines = new ArrayList<>();

    private ReservationBuilder() {}

    public static ReservationBuilder aReservation() {
        return new ReservationBuilder();
    }

    public ReservationBuilder forOrder(String orderId) {
        this.orderId = orderId;
        return this;
    }

    public ReservationBuilder line(String sku, int quantity) {
        lines.add(new LineItem(sku, quantity));
        return this;
    }

    public ReservationRequest request() {
        return ReservationRequest.of(
                orderId,
                lines.isEmpty() ? List.of(new LineItem("MUG-BLUE", 2), new LineItem("TEE-M-BLACK", 1)) : lines);
    }

    public Reservation reserved() {
        return Reservation.reserve(request());
    }

    /** Failed against the given stock, which must leave at least one line short. */
    public Reservation failedAgainst(Map<String, Integer> availableBySku) {
        ReservationRequest request = request();
        return Reservation.fail(request, request.shortagesGiven(availableBySku));
    }
}
