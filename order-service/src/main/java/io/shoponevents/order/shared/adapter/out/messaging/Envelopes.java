package io.shoponevents.order.shared.adapter.out.messaging;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.Violation;
import io.shoponevents.runtime.domain.InvalidInput;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Wraps event fields in an envelope and checks them against the event's schema before they are committed: an event
 * that breaks its schema would never publish, so the change that emits it is refused instead, naming the field (the
 * event fields carry the request's names, such as {@code email} or {@code shippingAddress.country}).
 */
@Component
public class Envelopes {

    private final EnvelopeCodec codec;
    private final EventValidator validator;

    public Envelopes(EnvelopeCodec codec, EventValidator validator) {
        this.codec = codec;
        this.validator = validator;
    }

    /** @param causationId the event id of the consumed event that caused this one; null when a request did */
    public EventEnvelope wrap(EventType type, Object data, String correlationId, String causationId) {
        EventEnvelope envelope = codec.wrap(type, data, correlationId, causationId, null);
        List<Violation> violations = validator.validate(
                type,
                envelope.detail().metadata().schemaVersion(),
                envelope.detail().data());
        if (!violations.isEmpty()) {
            Violation violation = violations.get(0);
            throw new InvalidInput(
                    violation.field(),
                    "'" + violation.field() + "' is not accepted by the " + type.detailType() + " contract: "
                            + violation.message());
        }
        return envelope;
    }
}
