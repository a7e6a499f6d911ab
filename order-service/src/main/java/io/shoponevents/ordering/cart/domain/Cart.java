package io.shoponevents.ordering.cart.domain;

import io.shoponevents.ordering.money.domain.Money;
import io.shoponevents.runtime.domain.NotFound;
import io.shoponevents.runtime.domain.RuleViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's cart. It holds one currency, one line per SKU, and at most {@link CartItem#MAX_QUANTITY} of each; once
 * checked out it changes no more. Immutable: every change returns the cart as it is afterwards, with the same
 * {@code version}, the one it was read at (the store uses it to refuse concurrent writes).
 */
public final class Cart {

    private final String id;
    private final String customerId;
    private final String email;
    private final CartStatus status;
    private final List<CartItem> items;
    private final String orderId;
    private final Instant createdAt;
    private final long version;

    public Cart(
            String id,
            String customerId,
            String email,
            CartStatus status,
            List<CartItem> items,
            String orderId,
            Instant createdAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.email = email;
        this.status = Objects.requireNonNull(status, "status");
        this.items = List.copyOf(items);
        this.orderId = orderId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /** A new, empty cart; {@code email} is where the customer wants to hear about it, null when none was given. */
    public static CartChange.Opened open(String id, String customerId, String email, Instant now) {
        return new CartChange.Opened(new Cart(id, customerId, email, CartStatus.OPEN, List.of(), null, now, 0));
    }

    /** Adds a line, or raises the quantity of the SKU's line; the line takes the new unit price. */
    public CartChange.ItemAdded add(CartItem item) {
        requireOpen();
        currency()
                .filter(currency -> !currency.equals(item.unitPrice().currency()))
                .ifPresent(currency -> {
                    throw new RuleViolation(
                            "unitPrice.currency",
                            "cart " + id + " is in " + currency + "; it cannot take a price in "
                                    + item.unitPrice().currency());
                });
        int quantity = item(item.sku()).map(CartItem::quantity).orElse(0) + item.quantity();
        if (quantity > CartItem.MAX_QUANTITY) {
            throw new RuleViolation(
                    "quantity",
                    "cart " + id + " would hold " + quantity + " of " + item.sku() + "; at most "
                            + CartItem.MAX_QUANTITY + " are allowed");
        }
        List<CartItem> changed = new ArrayList<>(items);
        CartItem line = new CartItem(item.sku(), quantity, item.unitPrice());
        item(item.sku()).ifPresentOrElse(old -> changed.set(items.indexOf(old), line), () -> changed.add(line));
        return new CartChange.ItemAdded(withItems(changed), item);
    }

    public CartChange.ItemRemoved remove(String sku) {
        requireOpen();
        CartItem removed = item(sku).orElseThrow(() -> new NotFound("item " + sku + " in cart", id));
        List<CartItem> changed = new ArrayList<>(items);
        changed.remove(removed);
        return new CartChange.ItemRemoved(withItems(changed), removed);
    }

    /** Closes the cart for the order placed from it. */
    public Cart checkOut(String orderId) {
        requireOpen();
        if (items.isEmpty()) {
            throw new RuleViolation("cart " + id + " is empty; add an item before checking out");
        }
        return new Cart(id, customerId, email, CartStatus.CHECKED_OUT, items, orderId, createdAt, version);
    }

    public Optional<CartItem> item(String sku) {
        return items.stream().filter(item -> item.sku().equals(sku)).findFirst();
    }

    /** The currency of the cart's prices; none while it is empty. */
    public Optional<String> currency() {
        return items.stream().findFirst().map(item -> item.unitPrice().currency());
    }

    /** The sum of quantity times unit price over the lines; none while the cart is empty. */
    public Optional<Money> total() {
        return items.stream().map(CartItem::lineTotal).reduce(Money::plus);
    }

    private void requireOpen() {
        if (status != CartStatus.OPEN) {
            throw new RuleViolation("cart " + id + " is checked out already (order " + orderId + ")");
        }
    }

    private Cart withItems(List<CartItem> changed) {
        return new Cart(id, customerId, email, status, changed, orderId, createdAt, version);
    }

    public String id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    /** Where the customer wants to be reminded of the cart; none when the customer gave no address. */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public CartStatus status() {
        return status;
    }

    public List<CartItem> items() {
        return items;
    }

    /** The order placed from this cart, once it is checked out. */
    public Optional<String> orderId() {
        return Optional.ofNullable(orderId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
