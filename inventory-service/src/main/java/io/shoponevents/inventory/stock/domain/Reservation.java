package io.shoponevents.inventory.stock.domain;

import io.shoponevents.runtime.domain.CausingEvent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the inventory holds for one order. Stock is taken for every line or for none: a reservation is either
 * {@link ReservationStatus#RESERVED} with all its lines, or {@link ReservationStatus#FAILED} with the shortages that
 * stopped it; a cancelled order's reservation is {@link ReservationStatus#RELEASED}.
 *
 * @param lines the lines asked for, one per SKU (none when the order was cancelled before it was reserved)
 * @param reason why the reservation failed or holds nothing, or {@code null}
 * @param shortages the lines that were short when it failed; empty otherwise
 */
public record Reservation(
        String orderId, ReservationStatus status, List<LineItem> lines, String reason, List<Shortage> shortages) {

    static final int MAX_REASON_LENGTH = 500;
    static final String CANCELLED_BEFORE_RESERVED = "The order was cancelled before its stock was reserved";

    public Reservation {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
        shortages = shortages == null ? List.of() : List.copyOf(shortages);
    }

    /**
     * Reserves every line of the request if the stock covers them all, or fails the whole reservation naming every line
     * that is short.
     *
     * @param availableBySku units available per SKU, read just now; a SKU that is missing has none
     */
    public static ReservationChange reserve(
            ReservationRequest request, Map<String, Integer> availableBySku, CausingEvent cause) {
        List<Shortage> shortages = request.shortagesGiven(availableBySku);
        return shortages.isEmpty()
                ? new ReservationChange.Reserved(reserved(request), cause)
                : new ReservationChange.Failed(failed(request, shortages), cause);
    }

    /**
     * Every line of the request, decided without reading the stock: saving it takes each line on the condition that
     * it is available, and fails as a whole when one is not.
     */
    public static ReservationChange reserveAll(ReservationRequest request, CausingEvent cause) {
        return new ReservationChange.Reserved(reserved(request), cause);
    }

    /** Every line of the request, held for the order. */
    static Reservation reserved(ReservationRequest request) {
        return new Reservation(request.orderId(), ReservationStatus.RESERVED, request.lines(), null, List.of());
    }

    /** Nothing held: at least one line of the request is short. */
    static Reservation failed(ReservationRequest request, List<Shortage> shortages) {
        if (shortages.isEmpty()) {
            throw new IllegalArgumentException("order " + request.orderId() + " cannot fail without a shortage");
        }
        String reason = shortages.stream().map(Shortage::describe).collect(Collectors.joining("; "));
        if (reason.length() > MAX_REASON_LENGTH) {
            reason = reason.substring(0, MAX_REASON_LENGTH - 3) + "...";
        }
        return new Reservation(request.orderId(), ReservationStatus.FAILED, request.lines(), reason, shortages);
    }

    /**
     * A released reservation that never held anything: recorded when an order is cancelled before it was placed with
     * the inventory, so that a late OrderPlaced for it takes no stock.
     */
    public static ReservationChange cancelledBeforeReserved(String orderId, CausingEvent cause) {
        return new ReservationChange.CancelledBeforeReserved(
                new Reservation(orderId, ReservationStatus.RELEASED, List.of(), CANCELLED_BEFORE_RESERVED, List.of()),
                cause);
    }

    public boolean holdsStock() {
        return status == ReservationStatus.RESERVED;
    }

    /** The same lines, given back to stock. */
    public ReservationChange release(CausingEvent cause) {
        if (!holdsStock()) {
            throw new IllegalStateException("the reservation of order " + orderId + " is " + status + ", not RESERVED");
        }
        return new ReservationChange.Released(
                new Reservation(orderId, ReservationStatus.RELEASED, lines, null, List.of()), cause);
    }
}
