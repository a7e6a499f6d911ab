package io.shoponevents.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Identity and lineage of an event.
 *
 * @param eventId chosen by the producer when it writes the event; kept when the event is republished
 * @param schemaVersion version of the schema {@code data} conforms to
 * @param correlationId the order id or cart id the event is about
 * @param causationId the event id of the event that caused this one, if any
 * @param traceHeader the X-Ray trace header of the producer, for routes that do not propagate it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventMetadata(
        String eventId, int schemaVersion, String correlationId, String causationId, String traceHeader) {}
