package io.shoponevents.runtime.outbox;

import static io.shoponevents.runtime.persistence.Attributes.n;
import static io.shoponevents.runtime.persistence.Attributes.s;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.runtime.journey.Direction;
import io.shoponevents.runtime.journey.JourneyItems;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How outbox and inbox entries are stored in a service's own table. A pending outbox entry is in the sparse index
 * {@code gsi1} under {@link #PENDING}, sorted by the time of its next publish attempt; once published it leaves the
 * index and expires later. Outbox and inbox entries of an event with a correlation id are also in the journey index
 * ({@link JourneyItems}), where they stay until they expire.
 */
final class OutboxItems {

    static final String PENDING = "OUTBOX#PENDING";
    static final Duration KEEP_FOR = Duration.ofDays(7);

    private OutboxItems() {}

    static Map<String, AttributeValue> outboxKey(String eventId) {
        return Map.of("pk", s("OUTBOX#" + eventId), "sk", s("OUTBOX"));
    }

    static Map<String, AttributeValue> pendingOutboxEntry(EventEnvelope envelope, String json, Instant nextAttemptAt) {
        Map<String, AttributeValue> item = outboxEntry(envelope, json);
        item.put("gsi1pk", s(PENDING));
        item.put("gsi1sk", attemptKey(nextAttemptAt, envelope.eventId()));
        item.put("attempts", n(0));
        return item;
    }

    /** The entry once published: out of the relay's index, expiring after {@link #KEEP_FOR}. */
    static Map<String, AttributeValue> publishedOutboxEntry(EventEnvelope envelope, String json, Instant publishedAt) {
        Map<String, AttributeValue> item = outboxEntry(envelope, json);
        item.put("publishedAt", s(publishedAt.toString()));
        item.put("expiresAt", n(publishedAt.plus(KEEP_FOR).getEpochSecond()));
        return item;
    }

    private static Map<String, AttributeValue> outboxEntry(EventEnvelope envelope, String json) {
        Map<String, AttributeValue> item = new HashMap<>(outboxKey(envelope.eventId()));
        item.putAll(JourneyItems.attributes(
                Direction.PRODUCED,
                envelope.eventId(),
                envelope.detailType(),
                envelope.source(),
                envelope.detail().metadata().correlationId(),
                envelope.detail().metadata().causationId(),
                envelope.time()));
        item.put("detailType", s(envelope.detailType()));
        item.put("envelope", s(json));
        return item;
    }

    static Map<String, AttributeValue> inboxKey(String eventId) {
        return Map.of("pk", s("INBOX#" + eventId), "sk", s("INBOX"));
    }

    /** @param consumed the envelope of the event, where known: it puts the entry into the journey index */
    static Map<String, AttributeValue> inboxEntry(String eventId, Optional<EventEnvelope> consumed, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(inboxKey(eventId));
        consumed.ifPresent(envelope -> item.putAll(JourneyItems.attributes(
                Direction.CONSUMED,
                eventId,
                envelope.detailType(),
                envelope.source(),
                envelope.detail().metadata().correlationId(),
                envelope.detail().metadata().causationId(),
                now)));
        item.put("consumedAt", s(now.toString()));
        item.put("expiresAt", n(now.plus(KEEP_FOR).getEpochSecond()));
        return item;
    }

    /** Sorts pending entries by when they are due (fixed-width epoch millis); the event id keeps the key unique. */
    static AttributeValue attemptKey(Instant dueAt, String eventId) {
        return s(dueBefore(dueAt) + eventId);
    }

    /** The prefix of every attempt key due at {@code time}; keys of entries due later sort after it. */
    static String dueBefore(Instant time) {
        return "%015d#".formatted(time.toEpochMilli());
    }
}
