package io.shoponevents.runtime.publish;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import java.util.function.Supplier;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Publishes each event on the route the catalog gives its type. It does not check the event against its schema again:
 * every event reaches it from the outbox, which refuses to store one that breaks its schema.
 */
public final class RoutingPublisher implements EventPublisher {

    private final EventPublisher bus;
    private final EventPublisher topic;

    public RoutingPublisher(
            EventBridgeClient eventBridge,
            String busName,
            SnsClient sns,
            Supplier<String> topicArn,
            EnvelopeCodec codec) {
        this.bus = new EventBridgePublisher(eventBridge, busName, codec);
        this.topic = new SnsPublisher(sns, topicArn, codec);
    }

    @Override
    public void publish(EventEnvelope envelope) {
        EventType type = EventType.of(envelope.detailType())
                .orElseThrow(() -> new IllegalArgumentException("unknown detail-type " + envelope.detailType()));
        switch (type.route()) {
            case BUS -> bus.publish(envelope);
            case TOPIC -> topic.publish(envelope);
        }
    }
}
