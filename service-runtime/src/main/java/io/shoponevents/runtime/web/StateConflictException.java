package io.shoponevents.runtime.web;

/** The request is well formed but not allowed in the resource's current state: 409. */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String message) {
        super(message);
    }
}
