package io.shoponevents.inventory.application;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.inventory.domain.Reservation;
import java.util.Optional;

/**
 * Stores reservations together with the stock they take or give back, the event they emit and the id of the event
 * that caused them, each in one transaction: all of it or nothing.
 */
public interface ReservationLedger {

    Optional<Reservation> find(String orderId);

    /**
     * Takes every line of a new reservation from stock.
     *
     * @throws ConflictingChangeException when a line is short or the order has a reservation already
     */
    Recorded recordReserved(Reservation reserved, EventEnvelope event, Cause cause);

    /**
     * Stores a new failed reservation; takes no stock.
     *
     * @throws ConflictingChangeException when one of its shortages no longer holds or the order has a reservation
     */
    Recorded recordFailed(Reservation failed, EventEnvelope event, Cause cause);

    /**
     * Gives the lines of a held reservation back to stock.
     *
     * @throws ConflictingChangeException when the reservation no longer holds stock
     */
    Recorded recordReleased(Reservation released, EventEnvelope event, Cause cause);

    /**
     * Stores a new reservation that holds no stock and emits nothing.
     *
     * @throws ConflictingChangeException when the order has a reservation already
     */
    Recorded recordWithoutStock(Reservation reservation, Cause cause);

    /** Records only that the event was handled: it changes nothing. */
    Recorded recordHandled(Cause cause);
}
