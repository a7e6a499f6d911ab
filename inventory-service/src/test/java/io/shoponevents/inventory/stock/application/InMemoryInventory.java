package io.shoponevents.inventory.stock.application;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.inventory.stock.adapter.out.messaging.ReservationEvents;
import io.shoponevents.inventory.stock.domain.LineItem;
import io.shoponevents.inventory.stock.domain.Reservation;
import io.shoponevents.inventory.stock.domain.ReservationChange;
import io.shoponevents.inventory.stock.domain.StockLevel;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.domain.ConcurrentChange;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stock, reservations, inbox and outbox in memory, with the same conditions as the table: a change whose condition does
 * not hold stores nothing and throws {@link ConcurrentChange}. The events are the service's own mapping of each change.
 */
final class InMemoryInventory implements ReservationRepository {

    static final String TRACE_HEADER = "Root=1-6740a1b2-3c4d5e6f708192a3b4c5d6e7;Sampled=1";

    final Map<String, StockLevel> stock = new TreeMap<>();
    final Map<String, Reservation> reservations = new HashMap<>();
    final Set<String> inbox = new HashSet<>();
    final List<EventEnvelope> emitted = new ArrayList<>();
    final StockRepository stockRepository = new Levels();
    /** Reads of a reservation or of stock levels, as the table would serve them. */
    int reads;

    private final ReservationEvents events =
            new ReservationEvents(new EnvelopeCodec(Clock.systemUTC(), () -> TRACE_HEADER));
    private Runnable beforeEverySave = () -> {};

    void setAvailable(String sku, int available) {
        stockRepository.setAvailable(sku, available);
    }

    /** What another instance does between this one's reads and its commit, every time. */
    void beforeEverySave(Runnable change) {
        this.beforeEverySave = change;
    }

    @Override
    public Optional<Reservation> find(String orderId) {
        reads++;
        return Optional.ofNullable(reservations.get(orderId));
    }

    @Override
    public CommitResult save(ReservationChange change) {
        beforeEverySave.run();
        if (inbox.contains(change.cause().eventId())) {
            return CommitResult.ALREADY_HANDLED;
        }
        if (!conditionsHold(change)) {
            throw new ConcurrentChange("a condition did not hold", null);
        }
        if (change instanceof ReservationChange.Reserved reserved) {
            reserved.taken().forEach(line -> move(line, -line.quantity()));
        } else if (change instanceof ReservationChange.Released released) {
            released.givenBack().forEach(line -> move(line, line.quantity()));
        }
        reservations.put(change.reservation().orderId(), change.reservation());
        events.of(change).ifPresent(emitted::add);
        inbox.add(change.cause().eventId());
        return CommitResult.COMMITTED;
    }

    @Override
    public CommitResult skip(CausingEvent cause) {
        return inbox.add(cause.eventId()) ? CommitResult.COMMITTED : CommitResult.ALREADY_HANDLED;
    }

    private boolean conditionsHold(ReservationChange change) {
        String orderId = change.reservation().orderId();
        if (change instanceof ReservationChange.Reserved reserved) {
            return !reservations.containsKey(orderId)
                    && reserved.taken().stream()
                            .allMatch(line -> level(line.sku()).available() >= line.quantity());
        }
        if (change instanceof ReservationChange.Failed failed) {
            return !reservations.containsKey(orderId)
                    && failed.shortages().stream()
                            .allMatch(shortage -> level(shortage.sku()).available() < shortage.requested());
        }
        if (change instanceof ReservationChange.Released) {
            return Optional.ofNullable(reservations.get(orderId))
                    .map(Reservation::holdsStock)
                    .orElse(false);
        }
        return !reservations.containsKey(orderId);
    }

    private StockLevel level(String sku) {
        return stock.getOrDefault(sku, new StockLevel(sku, 0, 0));
    }

    private void move(LineItem line, int toAvailable) {
        StockLevel level = level(line.sku());
        stock.put(
                line.sku(),
                new StockLevel(line.sku(), level.available() + toAvailable, level.reserved() - toAvailable));
    }

    /** The stock side of the same state. */
    private final class Levels implements StockRepository {

        @Override
        public Optional<StockLevel> find(String sku) {
            return Optional.ofNullable(stock.get(sku));
        }

        @Override
        public List<StockLevel> all() {
            return List.copyOf(stock.values());
        }

        @Override
        public StockLevel setAvailable(String sku, int available) {
            StockLevel level = new StockLevel(sku, available, level(sku).reserved());
            stock.put(sku, level);
            return level;
        }

        @Override
        public Map<String, Integer> availableNow(Collection<String> skus) {
            reads++;
            Map<String, Integer> available = new LinkedHashMap<>();
            skus.stream()
                    .filter(stock::containsKey)
                    .forEach(sku -> available.put(sku, stock.get(sku).available()));
            return available;
        }
    }
}
