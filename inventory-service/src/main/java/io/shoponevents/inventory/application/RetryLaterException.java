package io.shoponevents.inventory.application;

/**
 * The change cannot be decided now: stock changed concurrently, but no line is short. Thrown out of the event handler
 * so that the event is received again.
 */
public class RetryLaterException extends RuntimeException {

    public RetryLaterException(String message, Throwable cause) {
        super(message, cause);
    }
}
