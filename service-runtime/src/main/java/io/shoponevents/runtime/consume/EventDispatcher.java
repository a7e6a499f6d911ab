package io.shoponevents.runtime.consume;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.Violation;
import io.shoponevents.runtime.journey.ConsumedEvent;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.MDC;

/**
 * Decodes a queue message, checks it against the contract and hands it to the one handler registered for its
 * detail-type and schema version. A service builds one per queue:
 *
 * <pre>{@code
 * EventDispatcher.builder(validator, codec)
 *         .on(OrderPlaced.class, reservations::reserve)
 *         .on(OrderCancelled.class, reservations::release)
 *         .build();
 * }</pre>
 *
 * <p>A handler is registered for the generated type of one schema version; a service that reads an event in two
 * versions registers one handler per version. An event in a version the service has no handler for, while it handles
 * another version of that event, is poison: it waits in the dead-letter queue for a release that reads it.
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
    private final Map<EventType, Map<Integer, Handler<?>>> handlers;

    private EventDispatcher(
            EventValidator validator, EnvelopeCodec codec, Map<EventType, Map<Integer, Handler<?>>> handlers) {
        this.validator = validator;
        this.codec = codec;
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder builder(EventValidator validator, EnvelopeCodec codec) {
        return new Builder(validator, codec);
    }

    /** The events this dispatcher has a handler for, in any schema version. */
    public Set<EventType> handledTypes() {
        return handlers.keySet();
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
        ConsumedEvent.decoded(envelope);
        Map<Integer, Handler<?>> versions =
                handlers.get(EventType.of(envelope.detailType()).orElseThrow());
        if (versions == null) {
            return Outcome.NOT_HANDLED;
        }
        int schemaVersion = envelope.detail().metadata().schemaVersion();
        Handler<?> handler = versions.get(schemaVersion);
        if (handler == null) {
            throw new PoisonMessageException(List.of(new Violation(
                    "detail.metadata.schemaVersion",
                    "this service reads " + envelope.detailType() + " in schema versions " + versions.keySet()
                            + ", not " + schemaVersion)));
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
        private final Map<EventType, Map<Integer, Handler<?>>> handlers = new EnumMap<>(EventType.class);

        private Builder(EventValidator validator, EnvelopeCodec codec) {
            this.validator = validator;
            this.codec = codec;
        }

        /** Registers the handler of the events whose data is {@code dataType}: one schema version of one event. */
        public <T> Builder on(Class<T> dataType, EventHandler<T> handler) {
            EventType type = EventType.of(dataType)
                    .orElseThrow(() -> new IllegalArgumentException(dataType + " is not an event of the catalog"));
            int schemaVersion = type.schemaVersionOf(dataType);
            Map<Integer, Handler<?>> versions = handlers.computeIfAbsent(type, any -> new TreeMap<>());
            if (versions.putIfAbsent(schemaVersion, new Handler<>(dataType, handler)) != null) {
                throw new IllegalStateException("a handler for " + type.detailType() + " in schema version "
                        + schemaVersion + " is registered already");
            }
            return this;
        }

        public EventDispatcher build() {
            Map<EventType, Map<Integer, Handler<?>>> copy = new EnumMap<>(EventType.class);
            handlers.forEach((type, versions) -> copy.put(type, Collections.unmodifiableMap(new TreeMap<>(versions))));
            return new EventDispatcher(validator, codec, copy);
        }
    }

    private record Handler<T>(Class<T> dataType, EventHandler<T> handler) {
        void handle(EventEnvelope envelope, EnvelopeCodec codec) {
            handler.handle(codec.data(envelope, dataType), envelope);
        }
    }
}
