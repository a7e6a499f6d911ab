package io.shoponevents.inventory.stock.domain;

import io.shoponevents.runtime.domain.CausingEvent;
import java.util.List;

/**
 * A change of an order's reservation, as the fact it is, with the reservation afterwards, the stock it moved and the
 * consumed event that caused it. Stock is moved by quantities, never set: the store takes or gives back each line on
 * condition that stock stays at zero or above, so two instances reserving at once can never oversell.
 */
public sealed interface ReservationChange {

    Reservation reservation();

    CausingEvent cause();

    /** Every line was taken from stock and is held for the order. */
    record Reserved(Reservation reservation, CausingEvent cause) implements ReservationChange {

        /** The lines taken from available into reserved stock. */
        public List<LineItem> taken() {
            return reservation.lines();
        }
    }

    /** At least one line was short, so nothing was taken; it holds only while those lines are still short. */
    record Failed(Reservation reservation, CausingEvent cause) implements ReservationChange {

        public List<Shortage> shortages() {
            return reservation.shortages();
        }
    }

    /** The order was cancelled; what it held went back to stock. */
    record Released(Reservation reservation, CausingEvent cause) implements ReservationChange {

        /** The lines given back from reserved into available stock. */
        public List<LineItem> givenBack() {
            return reservation.lines();
        }
    }

    /**
     * The order was cancelled before it was reserved: a reservation that holds nothing, so that its OrderPlaced, should
     * it come later, takes no stock. Moves no stock and emits nothing.
     */
    record CancelledBeforeReserved(Reservation reservation, CausingEvent cause) implements ReservationChange {}
}
