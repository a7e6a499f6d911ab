package io.shoponevents.ordering.testing;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.ordering.cart.application.CartRepository;
import io.shoponevents.ordering.cart.domain.Cart;
import io.shoponevents.ordering.cart.domain.CartChange;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.domain.ConcurrentChange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Carts in memory, with the table's version check, recording every change stored and the events it emitted. */
public class InMemoryCartRepository implements CartRepository {

    private final Function<CartChange, Optional<EventEnvelope>> events;
    private final Map<String, Cart> carts = new ConcurrentHashMap<>();
    private final List<CartChange> changes = new CopyOnWriteArrayList<>();
    private final List<EventEnvelope> emitted = new CopyOnWriteArrayList<>();

    public InMemoryCartRepository(Function<CartChange, Optional<EventEnvelope>> events) {
        this.events = events;
    }

    @Override
    public Optional<Cart> find(String cartId) {
        return Optional.ofNullable(carts.get(cartId));
    }

    @Override
    public synchronized CommitResult save(CartChange change) {
        Optional<EventEnvelope> event = events.apply(change);
        store(change.cart());
        changes.add(change);
        event.ifPresent(emitted::add);
        return CommitResult.COMMITTED;
    }

    /** Puts a cart as if it had been stored at its version. */
    public Cart seed(Cart cart) {
        carts.put(cart.id(), cart);
        return cart;
    }

    /** Forgets everything, for the next test. */
    public void clear() {
        carts.clear();
        changes.clear();
        emitted.clear();
    }

    public List<CartChange> changes() {
        return List.copyOf(changes);
    }

    public List<EventEnvelope> emitted() {
        return List.copyOf(emitted);
    }

    synchronized void store(Cart cart) {
        long stored = find(cart.id()).map(Cart::version).orElse(0L);
        if (stored != cart.version()) {
            throw new ConcurrentChange("cart " + cart.id() + " is at version " + stored, null);
        }
        carts.put(
                cart.id(),
                new Cart(
                        cart.id(),
                        cart.customerId(),
                        cart.email().orElse(null),
                        cart.status(),
                        cart.items(),
                        cart.orderId().orElse(null),
                        cart.createdAt(),
                        cart.version() + 1));
    }
}
