package io.shoponevents.inventory.application;

/**
 * A condition of a change did not hold when it was stored (a line was short, or the reservation was changed
 * meanwhile). Nothing was stored.
 */
public class ConflictingChangeException extends RuntimeException {

    public ConflictingChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
