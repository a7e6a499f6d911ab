package io.shoponevents.inventory.application;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.inventory.domain.LineItem;
import io.shoponevents.inventory.domain.Reservation;
import io.shoponevents.inventory.domain.StockLevel;
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
 * not hold stores nothing and throws {@link ConflictingChangeException}.
 */
final class InMemoryInventory implements ReservationLedger {

    final Map<String, StockLevel> stock = new TreeMap<>();
    final Map<String, Reservation> reservations = new HashMap<>();
    final Set<String> inbox = new HashSet<>();
    final List<EventEnvelope> emitted = new ArrayList<>();
    final StockLevels stockLevels = new Levels();
    private Runnable afterNextConflict = () -> {};

    /** Something another instance does right after this one's condition failed, before it reads again. */
    void setAvailable(String sku, int available) {
        stockLevels.setAvailable(sku, available);
    }

    void afterNextConflict(Runnable change) {
        this.afterNextConflict = change;
    }

    @Override
    public Optional<Reservation> find(String orderId) {
        return Optional.ofNullable(reservations.get(orderId));
    }

    @Override
    public Recorded recordReserved(Reservation reserved, EventEnvelope event, Cause cause) {
        if (inbox.contains(cause.eventId())) {
            return Recorded.ALREADY_HANDLED;
        }
        if (reservations.containsKey(reserved.orderId())
                || reserved.lines().stream().anyMatch(line -> level(line.sku()).available() < line.quantity())) {
            throw conflict();
        }
        reserved.lines().forEach(line -> move(line, -line.quantity()));
        return store(reserved, event, cause);
    }

    @Override
    public Recorded recordFailed(Reservation failed, EventEnvelope event, Cause cause) {
        if (inbox.contains(cause.eventId())) {
            return Recorded.ALREADY_HANDLED;
        }
        if (reservations.containsKey(failed.orderId())
                || failed.shortages().stream()
                        .anyMatch(shortage -> level(shortage.sku()).available() >= shortage.requested())) {
            throw conflict();
        }
        return store(failed, event, cause);
    }

    @Override
    public Recorded recordReleased(Reservation released, EventEnvelope event, Cause cause) {
        if (inbox.contains(cause.eventId())) {
            return Recorded.ALREADY_HANDLED;
        }
        if (!find(released.orderId()).map(Reservation::holdsStock).orElse(false)) {
            throw conflict();
        }
        released.lines().forEach(line -> move(line, line.quantity()));
        return store(released, event, cause);
    }

    @Override
    public Recorded recordWithoutStock(Reservation reservation, Cause cause) {
        if (inbox.contains(cause.eventId())) {
            return Recorded.ALREADY_HANDLED;
        }
        if (reservations.containsKey(reservation.orderId())) {
            throw conflict();
        }
        return store(reservation, null, cause);
    }

    @Override
    public Recorded recordHandled(Cause cause) {
        return inbox.add(cause.eventId()) ? Recorded.STORED : Recorded.ALREADY_HANDLED;
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

    private Recorded store(Reservation reservation, EventEnvelope event, Cause cause) {
        reservations.put(reservation.orderId(), reservation);
        if (event != null) {
            emitted.add(event);
        }
        inbox.add(cause.eventId());
        return Recorded.STORED;
    }

    private ConflictingChangeException conflict() {
        Runnable change = afterNextConflict;
        afterNextConflict = () -> {};
        change.run();
        return new ConflictingChangeException("a condition did not hold", null);
    }

    /** The stock side of the same state. */
    private final class Levels implements StockLevels {

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
            Map<String, Integer> available = new LinkedHashMap<>();
            skus.stream()
                    .filter(stock::containsKey)
                    .forEach(sku -> available.put(sku, stock.get(sku).available()));
            return available;
        }
    }
}
