package io.shoponevents.runtime.domain;

/** What a request names does not exist: a cart, an order, a shipment, an item in a cart. Answered with 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what, String id) {
        super(what + " " + id + " does not exist");
    }
}
