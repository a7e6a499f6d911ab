package io.shoponevents.ordering.order.domain;

import io.shoponevents.ordering.cart.domain.Cart;
import io.shoponevents.ordering.money.domain.Money;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.RuleViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order placed from a cart. Its status is the last entry of its history; each change appends one entry and is
 * allowed only where {@link OrderStatus#canMoveTo} says so. Immutable: every change returns the order as it is
 * afterwards, with the {@code version} it was read at (the store uses it to refuse concurrent writes).
 */
public final class Order {

    private final String id;
    private final String cartId;
    private final String customerId;
    private final String email;
    private final ShippingAddress shippingAddress;
    private final List<OrderLine> lines;
    private final List<StatusChange> history;
    private final long version;

    public Order(
            String id,
            String cartId,
            String customerId,
            String email,
            ShippingAddress shippingAddress,
            List<OrderLine> lines,
            List<StatusChange> history,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.cartId = Objects.requireNonNull(cartId, "cartId");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.email = Objects.requireNonNull(email, "email");
        this.shippingAddress = Objects.requireNonNull(shippingAddress, "shippingAddress");
        this.lines = List.copyOf(lines);
        this.history = List.copyOf(history);
        this.version = version;
        if (this.lines.isEmpty()) {
            throw new IllegalArgumentException("order " + id + " has no lines");
        }
        if (this.history.isEmpty()) {
            throw new IllegalArgumentException("order " + id + " has no history");
        }
        total(); // one currency across the lines
    }

    /**
     * Places a PENDING order of the cart's lines at the customer's checkout request, and checks the cart out for it:
     * the cart must be open and hold an item.
     */
    public static OrderChange.Placed placeFrom(
            Cart cart, String orderId, String email, ShippingAddress shippingAddress, Instant at) {
        Cart checkedOut = cart.checkOut(orderId);
        Order order = new Order(
                orderId,
                cart.id(),
                cart.customerId(),
                email,
                shippingAddress,
                cart.items().stream()
                        .map(item -> new OrderLine(item.sku(), item.quantity(), item.unitPrice()))
                        .toList(),
                List.of(StatusChange.requested(OrderStatus.PENDING, at, null)),
                0);
        return new OrderChange.Placed(order, checkedOut);
    }

    public OrderChange.Confirmed confirm(CausingEvent cause, Instant at) {
        return new OrderChange.Confirmed(moveTo(StatusChange.causedBy(cause, OrderStatus.CONFIRMED, at, null)), cause);
    }

    public OrderChange.Rejected reject(String reason, CausingEvent cause, Instant at) {
        return new OrderChange.Rejected(
                moveTo(StatusChange.causedBy(cause, OrderStatus.REJECTED, at, reason)), reason, cause);
    }

    public OrderChange.Shipped ship(CausingEvent cause, Instant at) {
        return new OrderChange.Shipped(moveTo(StatusChange.causedBy(cause, OrderStatus.SHIPPED, at, null)), cause);
    }

    public OrderChange.Delivered deliver(CausingEvent cause, Instant at) {
        return new OrderChange.Delivered(moveTo(StatusChange.causedBy(cause, OrderStatus.DELIVERED, at, null)), cause);
    }

    /** Cancels at the customer's request; {@code reason} may be null. */
    public OrderChange.Cancelled cancel(String reason, Instant at) {
        return new OrderChange.Cancelled(moveTo(StatusChange.requested(OrderStatus.CANCELLED, at, reason)), status());
    }

    public boolean canMoveTo(OrderStatus next) {
        return status().canMoveTo(next);
    }

    private Order moveTo(StatusChange change) {
        if (!canMoveTo(change.status())) {
            throw new RuleViolation("order " + id + " is " + status() + "; it cannot become " + change.status());
        }
        List<StatusChange> changed = new ArrayList<>(history);
        changed.add(change);
        return new Order(id, cartId, customerId, email, shippingAddress, lines, changed, version);
    }

    public OrderStatus status() {
        return lastChange().status();
    }

    public StatusChange lastChange() {
        return history.get(history.size() - 1);
    }

    /** The status the order had before its last change; none for a new order. */
    public Optional<OrderStatus> previousStatus() {
        return history.size() < 2
                ? Optional.empty()
                : Optional.of(history.get(history.size() - 2).status());
    }

    public Instant placedAt() {
        return history.get(0).at();
    }

    /** The sum of quantity times unit price over the lines, computed here, never taken from a client. */
    public Money total() {
        return lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
    }

    public String id() {
        return id;
    }

    public String cartId() {
        return cartId;
    }

    public String customerId() {
        return customerId;
    }

    public String email() {
        return email;
    }

    public ShippingAddress shippingAddress() {
        return shippingAddress;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public List<StatusChange> history() {
        return history;
    }

    public long version() {
        return version;
    }
}
