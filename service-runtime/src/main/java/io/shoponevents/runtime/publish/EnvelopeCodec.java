package io.shoponevents.runtime.publish;

import io.shoponevents.events.EventDetail;
import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventJson;
import io.shoponevents.events.EventMetadata;
import io.shoponevents.events.EventType;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/** Builds, writes and reads envelopes with the contract's JSON settings. */
public final class EnvelopeCodec {

    private final JsonMapper json = EventJson.mapper();
    private final Clock clock;
    private final Supplier<String> currentTraceHeader;

    public EnvelopeCodec(Clock clock) {
        this(clock, () -> null);
    }

    /** @param currentTraceHeader the trace header of the request or message being handled, or null */
    public EnvelopeCodec(Clock clock, Supplier<String> currentTraceHeader) {
        this.clock = clock;
        this.currentTraceHeader = currentTraceHeader;
    }

    /**
     * Wraps event fields in a new envelope with a fresh event id. The top-level {@code id} starts as the event id; on
     * the bus, EventBridge replaces it with its own. The schema version is that of {@code data}'s generated type.
     * Inside a traced request or message, the event carries the trace header of what is being handled (the same trace
     * as a consumed event's, with the exact parent); otherwise {@code traceHeader}.
     */
    public EventEnvelope wrap(
            EventType type, Object data, String correlationId, String causationId, String traceHeader) {
        String eventId = UUID.randomUUID().toString();
        String current = currentTraceHeader.get();
        EventMetadata metadata = new EventMetadata(
                eventId,
                schemaVersionOf(type, data),
                correlationId,
                causationId,
                current != null ? current : traceHeader);
        return new EventEnvelope(
                "0",
                eventId,
                type.detailType(),
                type.source(),
                clock.instant(),
                null,
                null,
                List.of(),
                new EventDetail(metadata, json.valueToTree(data)));
    }

    /**
     * The schema version whose generated type {@code data} is; {@value EventType#SCHEMA_VERSION} for anything else, so
     * a producer switches an event to a later version by building that version's type.
     */
    private static int schemaVersionOf(EventType type, Object data) {
        return type.schemaVersions().stream()
                .filter(version -> type.dataType(version).isInstance(data))
                .findFirst()
                .orElse(EventType.SCHEMA_VERSION);
    }

    public String write(EventEnvelope envelope) {
        return json.writeValueAsString(envelope);
    }

    public String writeDetail(EventEnvelope envelope) {
        return json.writeValueAsString(envelope.detail());
    }

    public EventEnvelope read(String envelopeJson) {
        return json.readValue(envelopeJson, EventEnvelope.class);
    }

    /** The event's own fields as the Java type generated from its schema. */
    public <T> T data(EventEnvelope envelope, Class<T> type) {
        return json.treeToValue(envelope.detail().data(), type);
    }
}
