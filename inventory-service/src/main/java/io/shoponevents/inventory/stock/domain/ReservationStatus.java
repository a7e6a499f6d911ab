package io.shoponevents.inventory.stock.domain;

/** Where the reservation of an order stands. */
public enum ReservationStatus {
    /** Every line is taken from stock and held for the order. */
    RESERVED,
    /** The order was cancelled; whatever it held went back to stock. */
    RELEASED,
    /** At least one line was short; nothing was taken from stock. */
    FAILED
}
