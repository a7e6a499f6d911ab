package io.shoponevents.ordering.cart.domain;

/** A cart takes items while OPEN; checkout turns it into an order and closes it for good. */
public enum CartStatus {
    OPEN,
    CHECKED_OUT
}
