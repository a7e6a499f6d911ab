package io.shoponevents.runtime.domain;

/** How committing a change ended: a consumed event that was handled before changes nothing. */
public enum CommitResult {
    /** Everything was written; the events are being published. */
    COMMITTED,
    /** The consumed event had been handled before: nothing was written. */
    ALREADY_HANDLED
}
