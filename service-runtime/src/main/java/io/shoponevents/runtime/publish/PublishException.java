package io.shoponevents.runtime.publish;

import io.shoponevents.events.EventEnvelope;

/** The route did not accept an event; it stays in the outbox and is published again later. */
public class PublishException extends RuntimeException {

    public PublishException(EventEnvelope envelope, String reason) {
        super(envelope.detailType() + " " + envelope.eventId() + " was not published: " + reason);
    }
}
