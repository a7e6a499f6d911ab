package io.shoponevents.runtime.consume;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.Violation;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Decodes a queue message, checks it against the contract and hands it to the one handler registered for its
 * detail-type. A service builds one per queue:
 *
 * <pre>{@code
 * EventDispatcher.builder(validator, codec)
 *         .on(OrderPlaced.class, reservations::reserve)
 *         .on(OrderCancelled.class, reservations::release)
 *         .build();
 * }</pre>
 */
public final class EventDispatcher {

    /** What became of a message. */
    public enum Outcome {
        HANDLED,
        /** A valid event this service does not handle; acknowledging it is correct. */
        NOT_HANDLED
    }

    private final EventValidator validator;
    private final EnvelopeCodec codec;
    private final Map<EventType, Handler<?>> handlers;

    private EventDispatcher(EventValidator validator, EnvelopeCodec codec, Map<EventType, Handler<?>> handlers) {
        this.validator = validator;
        this.codec = codec;
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder builder(EventValidator validator, EnvelopeCodec codec) {
        return new Builder(validator, codec);
    }

    /**
     * @throws PoisonMessageException when the message breaks the contract; anything the handler throws propagates so
     *     that the message is received again
     */
    public Outcome dispatch(String messageBody) {
        List<Violation> violations = validator.validateEnvelope(messageBody);
        if (!violations.isEmpty()) {
            throw new PoisonMessageException(violations);
        }
        EventEnvelope envelope = codec.read(messageBody);
        Handler<?> handler = handlers.get(EventType.of(envelope.detailType()).orElseThrow());
        if (handler == null) {
            return Outcome.NOT_HANDLED;
        }
        try (var correlation = MDC.putCloseable(
                        "correlationId", envelope.detail().metadata().correlationId());
                var eventId = MDC.putCloseable("eventId", envelope.eventId());
                var eventType = MDC.putCloseable("eventType", envelope.detailType())) {
            handler.handle(envelope, codec);
        }
        return Outcome.HANDLED;
    }

    public static final class Builder {
        private final EventValidator validator;
        private final EnvelopeCodec codec;
        private final Map<EventType, Handler<?>> handlers = new EnumMap<>(EventType.class);

        private Builder(EventValidator validator, EnvelopeCodec codec) {
            this.validator = validator;
            this.codec = codec;
        }

        public <T> Builder on(Class<T> dataType, EventHandler<T> handler) {
            EventType type = EventType.of(dataType)
                    .orElseThrow(() -> new IllegalArgumentException(dataType + " is not an event of the catalog"));
            if (handlers.putIfAbsent(type, new Handler<>(dataType, handler)) != null) {
                throw new IllegalStateException("a handler for " + type.detailType() + " is registered already");
            }
            return this;
        }

        public EventDispatcher build() {
            return new EventDispatcher(validator, codec, handlers);
        }
    }

    private record Handler<T>(Class<T> dataType, EventHandler<T> handler) {
        void handle(EventEnvelope envelope, EnvelopeCodec codec) {
            handler.handle(codec.data(envelope, dataType), envelope);
        }
    }
}
