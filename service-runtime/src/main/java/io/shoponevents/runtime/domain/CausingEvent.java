package io.shoponevents.runtime.domain;

/**
 * The consumed event behind a change: its id is recorded as handled in the same transaction as the change, so that a
 * redelivery changes nothing, and it becomes the causation id of the events the change emits.
 */
public record CausingEvent(String eventId, String eventType) {}
