package io.shoponevents.order.shared.domain;

/** What a request names does not exist: a cart, an order, an item in a cart. */
public class NotFound extends RuntimeException {

    public NotFound(String what, String id) {
        super(what + " " + id + " does not exist");
    }
}
