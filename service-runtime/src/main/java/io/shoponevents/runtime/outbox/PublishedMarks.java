package io.shoponevents.runtime.outbox;

import io.shoponevents.events.EventEnvelope;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Marks published outbox entries published, many in one {@code BatchWriteItem}: each entry is written again as
 * published, which takes it out of the relay's index. Marking an event after its publish is what keeps the relay from
 * publishing it again; a few hundred milliseconds later does the same as at once, as long as it comes before the relay
 * delay is up. One request per batch instead of one {@code UpdateItem} per event cuts a checkout's DynamoDB requests by
 * a quarter.
 *
 * <p>Marks not yet written when the process dies are lost: the relay publishes those events once more after the relay
 * delay, and their consumers' inboxes drop the second copy, as after a crash between publish and mark.
 */
public final class PublishedMarks implements AutoCloseable {

    /** The most items DynamoDB takes in one {@code BatchWriteItem}. */
    static final int BATCH = 25;

    private static final Logger log = LoggerFactory.getLogger(PublishedMarks.class);

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Clock clock;
    private final ConcurrentLinkedQueue<Map<String, AttributeValue>> unwritten = new ConcurrentLinkedQueue<>();
    private ScheduledExecutorService writer;

    public PublishedMarks(DynamoDbClient dynamoDb, String tableName, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.clock = clock;
    }

    /** Writes the marks every {@code interval} in the background, besides every {@link #flush()}. */
    public synchronized PublishedMarks writeEvery(Duration interval) {
        if (writer == null) {
            writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "outbox-marks");
                thread.setDaemon(true);
                return thread;
            });
            writer.scheduleWithFixedDelay(
                    this::flushLoggingFailure, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    void add(EventEnvelope published, String json) {
        unwritten.add(OutboxItems.publishedOutboxEntry(published, json, clock.instant()));
    }

    /**
     * Writes every mark taken so far. What DynamoDB leaves unprocessed, or what a failed request held, waits for the
     * next flush.
     *
     * @throws RuntimeException when a request fails
     */
    public synchronized void flush() {
        List<Map<String, AttributeValue>> marks = drain();
        for (int from = 0; from < marks.size(); from += BATCH) {
            List<Map<String, AttributeValue>> batch = marks.subList(from, Math.min(from + BATCH, marks.size()));
            try {
                unwritten.addAll(write(batch));
            } catch (RuntimeException e) {
                unwritten.addAll(marks.subList(from, marks.size()));
                throw e;
            }
        }
    }

    /** The marks taken so far, one per entry: a batch may not name an item twice. */
    private List<Map<String, AttributeValue>> drain() {
        Map<String, Map<String, AttributeValue>> byKey = new LinkedHashMap<>();
        Map<String, AttributeValue> mark;
        while ((mark = unwritten.poll()) != null) {
            byKey.put(mark.get("pk").s(), mark);
        }
        return new ArrayList<>(byKey.values());
    }

    /** @return the marks DynamoDB left unprocessed */
    private List<Map<String, AttributeValue>> write(List<Map<String, AttributeValue>> marks) {
        List<WriteRequest> requests = marks.stream()
                .map(mark ->
                        WriteRequest.builder().putRequest(put -> put.item(mark)).build())
                .toList();
        BatchWriteItemResponse response =
                dynamoDb.batchWriteItem(request -> request.requestItems(Map.of(tableName, requests)));
        return response.unprocessedItems().getOrDefault(tableName, List.of()).stream()
                .map(request -> request.putRequest().item())
                .toList();
    }

    private void flushLoggingFailure() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn(
                    "{} published outbox entries not marked yet, next round retries: {}",
                    unwritten.size(),
                    e.toString());
        }
    }

    /** Stops the background writer and writes what is left. */
    @Override
    public void close() {
        synchronized (this) {
            if (writer != null) {
                writer.shutdownNow();
                writer = null;
            }
        }
        flushLoggingFailure();
    }
}
