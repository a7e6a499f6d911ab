package io.shoponevents.runtime.outbox;

/** How a {@link UnitOfWork} ended. */
public enum CommitResult {
    /** Everything was written; the events are being published. */
    COMMITTED,
    /** The consumed event had been handled before: nothing was written. */
    ALREADY_HANDLED
}
