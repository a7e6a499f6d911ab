package io.shoponevents.runtime.outbox;

/**
 * A condition on the service's own items failed: somebody else changed them first, or the change is not allowed in
 * their current state. Nothing was written.
 */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
