package io.shoponevents.runtime.outbox;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.runtime.publish.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes an outbox entry and has it marked published, which takes it out of the relay's index. */
final class OutboxPublisher {

    private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);

    private final EventPublisher publisher;
    private final PublishedMarks marks;

    OutboxPublisher(EventPublisher publisher, PublishedMarks marks) {
        this.publisher = publisher;
        this.marks = marks;
    }

    /**
     * @param json the envelope as stored in the entry
     * @return true when published; false when the entry stays pending for the relay
     */
    boolean publishOrLeavePending(EventEnvelope envelope, String json) {
        try {
            publisher.publish(envelope);
        } catch (RuntimeException e) {
            log.warn(
                    "{} {} not published, the outbox relay will retry: {}",
                    envelope.detailType(),
                    envelope.eventId(),
                    e.toString());
            return false;
        }
        marks.add(envelope, json);
        return true;
    }
}
