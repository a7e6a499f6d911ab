package io.shoponevents.inventory.stock.application;

import io.shoponevents.inventory.stock.domain.Reservation;
import io.shoponevents.inventory.stock.domain.ReservationChange;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.domain.ConcurrentChange;
import java.util.Optional;

/**
 * Stores reservations together with the stock they move, the events they raise and the id of the event that caused
 * them, each change in one transaction: all of it or nothing.
 */
public interface ReservationRepository {

    /** The reservation of an order, read strongly consistently. */
    Optional<Reservation> find(String orderId);

    /**
     * Commits the change: the reservation afterwards, the stock it takes or gives back, the events it raised and its
     * causing event as handled.
     *
     * @return {@link CommitResult#ALREADY_HANDLED} when the causing event was handled before: nothing was written
     * @throws ConcurrentChange when the stock or the reservation changed since they were read (a line is no longer
     *     covered, a shortage no longer holds, the order got a reservation meanwhile); nothing was written
     */
    CommitResult save(ReservationChange change);

    /** Records that the event was handled although it changes nothing. */
    CommitResult skip(CausingEvent cause);
}
