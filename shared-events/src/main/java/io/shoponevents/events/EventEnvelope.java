package io.shoponevents.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * Every event, whatever route carries it, is one document shaped like an EventBridge event. EventBridge sets {@code id}
 * itself; the producer's {@code detail.metadata.eventId} is the identity consumers deduplicate on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String version,
        String id,
        @JsonProperty("detail-type") String detailType,
        String source,
        Instant time,
        String account,
        String region,
        List<String> resources,
        EventDetail detail) {

    public String eventId() {
        return detail.metadata().eventId();
    }
}
