package io.shoponevents.runtime.outbox;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.runtime.persistence.Attributes;
import io.shoponevents.runtime.publish.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Publishes an outbox entry and marks it published, which takes it out of the relay's index. */
final class OutboxPublisher {

    private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final EventPublisher publisher;
    private final Clock clock;

    OutboxPublisher(DynamoDbClient dynamoDb, String tableName, EventPublisher publisher, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** @return true when published; false when the entry stays pending for the relay */
    boolean publishOrLeavePending(EventEnvelope envelope) {
        try {
            publisher.publish(envelope);
        } catch (RuntimeException e) {
            log.warn(
                    "{} {} not published, the outbox relay will retry: {}",
                    envelope.detailType(),
                    envelope.eventId(),
                    e.toString());
            return false;
        }
        markPublished(envelope.eventId(), clock.instant());
        return true;
    }

    private void markPublished(String eventId, Instant now) {
        dynamoDb.updateItem(request -> request.tableName(tableName)
                .key(OutboxItems.outboxKey(eventId))
                .updateExpression("REMOVE gsi1pk, gsi1sk SET publishedAt = :now, expiresAt = :expires")
                .expressionAttributeValues(java.util.Map.of(
                        ":now", Attributes.s(now.toString()),
                        ":expires", Attributes.n(now.plus(OutboxItems.KEEP_FOR).getEpochSecond()))));
    }
}
