package io.shoponevents.inventory.application;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.inventory.domain.Reservation;

/** The events a reservation emits, correlated with its order and caused by the consumed event. */
public interface ReservationEvents {

    EventEnvelope stockReserved(Reservation reserved, Cause cause);

    EventEnvelope reservationFailed(Reservation failed, Cause cause);

    EventEnvelope stockReleased(Reservation released, Cause cause);
}
