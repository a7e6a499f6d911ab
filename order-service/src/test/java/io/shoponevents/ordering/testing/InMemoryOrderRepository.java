package io.shoponevents.ordering.testing;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.ordering.order.application.OrderRepository;
import io.shoponevents.ordering.order.domain.Order;
import io.shoponevents.ordering.order.domain.OrderChange;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.domain.ConcurrentChange;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Orders in memory with the table's version check and an inbox of handled event ids, recording every order written
 * and the events emitted with them.
 */
public class InMemoryOrderRepository implements OrderRepository {

    private final InMemoryCartRepository carts;
    private final Function<OrderChange, Optional<EventEnvelope>> events;
    private final List<EventEnvelope> emitted = new CopyOnWriteArrayList<>();
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final Set<String> handledEvents = ConcurrentHashMap.newKeySet();
    private final List<Order> written = new CopyOnWriteArrayList<>();

    public InMemoryOrderRepository(
            InMemoryCartRepository carts, Function<OrderChange, Optional<EventEnvelope>> events) {
        this.carts = carts;
        this.events = events;
    }

    @Override
    public Optional<Order> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public List<Order> findByCustomer(String customerId) {
        return orders.values().stream()
                .filter(order -> order.customerId().equals(customerId))
                .sorted(Comparator.comparing(Order::placedAt).reversed())
                .toList();
    }

    @Override
    public synchronized CommitResult save(OrderChange change) {
        Optional<String> eventId = change.causingEvent().map(CausingEvent::eventId);
        if (eventId.filter(handledEvents::contains).isPresent()) {
            return CommitResult.ALREADY_HANDLED;
        }
        Order changed = change.order();
        requireVersion(changed);
        Optional<EventEnvelope> event = events.apply(change);
        if (change instanceof OrderChange.Placed placed) {
            carts.store(placed.checkedOutCart());
        }
        eventId.ifPresent(handledEvents::add);
        store(changed);
        event.ifPresent(emitted::add);
        return CommitResult.COMMITTED;
    }

    @Override
    public CommitResult skip(CausingEvent event) {
        return handledEvents.add(event.eventId()) ? CommitResult.COMMITTED : CommitResult.ALREADY_HANDLED;
    }

    /** Puts an order as if it had been stored at its version. */
    public Order seed(Order order) {
        orders.put(order.id(), order);
        return order;
    }

    /** Forgets everything, carts too, for the next test. */
    public void clear() {
        orders.clear();
        handledEvents.clear();
        written.clear();
        emitted.clear();
        carts.clear();
    }

    /** Every order written, in order; its last change is the one each write stored. */
    public List<Order> written() {
        return List.copyOf(written);
    }

    public List<EventEnvelope> emitted() {
        return List.copyOf(emitted);
    }

    public boolean handled(String eventId) {
        return handledEvents.contains(eventId);
    }

    private void requireVersion(Order order) {
        long stored = find(order.id()).map(Order::version).orElse(0L);
        if (stored != order.version()) {
            throw new ConcurrentChange("order " + order.id() + " is at version " + stored, null);
        }
    }

    private void store(Order order) {
        orders.put(
                order.id(),
                new Order(
                        order.id(),
                        order.cartId(),
                        order.customerId(),
                        order.email(),
                        order.shippingAddress(),
                        order.lines(),
                        order.history(),
                        order.version() + 1));
        written.add(order);
    }
}
