package io.shoponevents.runtime.outbox;

import io.shoponevents.events.EventEnvelope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * What one DynamoDB transaction writes: a service's state change, the events it emits (the outbox) and, when a consumed
 * event caused it, that event's id (the inbox). Either all of it is stored or none of it.
 */
public final class UnitOfWork {

    private final List<TransactWriteItem> stateChanges = new ArrayList<>();
    private final List<EventEnvelope> events = new ArrayList<>();
    private String consumedEventId;

    /** A put, update, delete or condition check on the service's own items. */
    public UnitOfWork write(TransactWriteItem item) {
        stateChanges.add(item);
        return this;
    }

    /** An event to publish once the transaction has committed. */
    public UnitOfWork emit(EventEnvelope envelope) {
        events.add(envelope);
        return this;
    }

    /** Records that this change handles the event {@code eventId}, so a redelivery of it changes nothing. */
    public UnitOfWork consumes(String eventId) {
        this.consumedEventId = eventId;
        return this;
    }

    List<TransactWriteItem> stateChanges() {
        return List.copyOf(stateChanges);
    }

    List<EventEnvelope> events() {
        return List.copyOf(events);
    }

    Optional<String> consumedEventId() {
        return Optional.ofNullable(consumedEventId);
    }
}
