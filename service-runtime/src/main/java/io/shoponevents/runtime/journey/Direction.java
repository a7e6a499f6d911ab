package io.shoponevents.runtime.journey;

/** Which way an event went through a service. */
public enum Direction {
    /** Written to the service's outbox: the service emitted it. */
    PRODUCED,
    /** Recorded in the service's inbox: the service handled it. */
    CONSUMED,
    /** The service gave up on it: the message went to the service's dead-letter queue. */
    DEAD_LETTERED
}
