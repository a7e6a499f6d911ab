package io.shoponevents.inventory;

import io.shoponevents.inventory.stock.domain.LineItem;
import io.shoponevents.inventory.stock.domain.Reservation;
import io.shoponevents.inventory.stock.domain.ReservationChange;
import io.shoponevents.inventory.stock.domain.ReservationRequest;
import io.shoponevents.runtime.domain.CausingEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reservations for tests: one order with two lines unless told otherwise. */
public final class ReservationBuilder {

    private static final CausingEvent CAUSE = new CausingEvent("0e7e0000-0000-4000-8000-000000000002", "OrderPlaced");

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

    /** Reserved against stock that covers every line exactly. */
    public Reservation reserved() {
        ReservationRequest request = request();
        Map<String, Integer> enough = new HashMap<>();
        request.lines().forEach(line -> enough.put(line.sku(), line.quantity()));
        return ((ReservationChange.Reserved) Reservation.reserve(request, enough, CAUSE)).reservation();
    }

    /** Failed against the given stock, which must leave at least one line short. */
    public Reservation failedAgainst(Map<String, Integer> availableBySku) {
        return ((ReservationChange.Failed) Reservation.reserve(request(), availableBySku, CAUSE)).reservation();
    }
}
