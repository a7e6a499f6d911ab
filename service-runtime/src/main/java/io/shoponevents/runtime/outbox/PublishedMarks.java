package io.shoponevents.runtime.outbox;

import io.shoponevents.events.EventEnvelope;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>Marks not yet written when the process dies are lost (normally the last half second's; all since the last
 * successful write while writes fail), and so are marks beyond {@link #MOST_WAITING} while writes keep failing: the
 * relay publishes those events once more after the relay delay, and their consumers' inboxes drop the second copy, as
 * after a crash between publish and mark.
 */
public final class PublishedMarks implements AutoCloseable {

    /** The most items DynamoDB takes in one {@code BatchWriteItem}. */
    static final int BATCH = 25;

    /** The most marks kept waiting while writes fail; each holds its event's envelope. */
    static final int MOST_WAITING = 10_000;

    private static final Logger log = LoggerFactory.getLogger(PublishedMarks.class);

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Clock clock;
    private final BlockingQueue<Map<String, AttributeValue>> unwritten = new LinkedBlockingQueue<>(MOST_WAITING);
    private final AtomicLong dropped = new AtomicLong();
    private ScheduledExecutorService writer;
    private volatile boolean closed;

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
                    this::flushOrLog, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Takes the mark of a published event; once closed, writes it at once. */
    void add(EventEnvelope published, String json) {
        keep(OutboxItems.publishedOutboxEntry(published, json, clock.instant()));
        if (closed) {
            flushOrLog();
        }
    }

    private void keep(Map<String, AttributeValue> mark) {
        if (!unwritten.offer(mark)) {
            dropped.incrementAndGet();
        }
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
                write(batch).forEach(this::keep);
            } catch (RuntimeException e) {
                marks.subList(from, marks.size()).forEach(this::keep);
                throw e;
            }
        }
    }

    /** The marks taken so far, one per entry: a batch may not name an item twice. */
    private List<Map<String, AttributeValue>> drain() {
        List<Map<String, AttributeValue>> taken = new ArrayList<>();
        unwritten.drainTo(taken);
        Map<String, Map<String, AttributeValue>> byKey = new LinkedHashMap<>();
        taken.forEach(mark -> byKey.put(mark.get("pk").s(), mark));
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

    /** {@link #flush()}, logging a failure instead of throwing it: the marks wait for the next flush. */
    void flushOrLog() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn(
                    "{} published outbox entries not marked yet, next round retries: {}",
                    unwritten.size(),
                    e.toString());
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            log.warn("{} marks dropped while writes failed; the relay publishes those events again", lost);
        }
    }

    /** Stops the background writer and writes what is left; a mark taken later is written at once. */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            closed = true;
            stopping = writer;
            writer = null;
        }
        if (stopping != null) {
            stopping.shutdown();
            try {
                stopping.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flushOrLog();
    }
}
