package io.shoponevents.runtime.domain;

/**
 * A condition on the service's own items failed: somebody else changed them first, or the change is not allowed in
 * their current state. Nothing was written; reading again and retrying may succeed. Answered with 409.
 */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String message, Throwable cause) {
        super(message, cause);
    }
}
