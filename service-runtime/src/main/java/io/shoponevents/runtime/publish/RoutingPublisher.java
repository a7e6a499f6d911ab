package io.shoponevents.runtime.publish;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.Violation;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Publishes each event on the route the catalog gives its type, after checking it against its schema: an event that
 * breaks the contract is never sent (that is a bug in the producer, reported as {@link IllegalArgumentException}).
 */
public final class RoutingPublisher implements EventPublisher {

    private final EventPublisher bus;
    private final EventPublisher topic;
    private final EventValidator validator;

    public RoutingPublisher(
            EventBridgeClient eventBridge,
            String busName,
            SnsClient sns,
            Supplier<String> topicArn,
            EnvelopeCodec codec,
            EventValidator validator) {
        this.bus = new EventBridgePublisher(eventBridge, busName, codec);
        this.topic = new SnsPublisher(sns, topicArn, codec);
        this.validator = validator;
    }

    @Override
    public void publish(EventEnvelope envelope) {
        EventType type = EventType.of(envelope.detailType())
                .orElseThrow(() -> new IllegalArgumentException("unknown detail-type " + envelope.detailType()));
        List<Violation> violations = validator.validate(
                type,
                envelope.detail().metadata().schemaVersion(),
                envelope.detail().data());
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(
                    type.detailType() + " " + envelope.eventId() + " breaks its schema: " + violations);
        }
        switch (type.route()) {
            case BUS -> bus.publish(envelope);
            case TOPIC -> topic.publish(envelope);
        }
    }
}
