package io.shoponevents.runtime.publish;

import io.shoponevents.events.EventEnvelope;

/** Sends an event on its route. Throws when the route did not accept it, so the outbox keeps it for a retry. */
public interface EventPublisher {

    void publish(EventEnvelope envelope);
}
