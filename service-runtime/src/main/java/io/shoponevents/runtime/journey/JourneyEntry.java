package io.shoponevents.runtime.journey;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One event of a correlation id as one service saw it.
 *
 * @param time when the service wrote it (produced), handled it (consumed) or gave up on it (dead-lettered)
 * @param publishedAt for a produced event: when it left the outbox; absent while it waits for the relay
 * @param reason for a dead-lettered event: why the service gave up on it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JourneyEntry(
        String eventId,
        String detailType,
        String source,
        String correlationId,
        String causationId,
        Direction direction,
        Instant time,
        Instant publishedAt,
        String reason) {}
