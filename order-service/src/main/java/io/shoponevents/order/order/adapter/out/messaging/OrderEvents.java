package io.shoponevents.order.order.adapter.out.messaging;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.data.Address;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderConfirmed;
import io.shoponevents.events.data.OrderLine;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.events.data.OrderRejected;
import io.shoponevents.order.order.domain.Order;
import io.shoponevents.order.order.domain.ShippingAddress;
import io.shoponevents.order.order.domain.StatusChange;
import io.shoponevents.order.shared.adapter.out.messaging.Envelopes;
import io.shoponevents.order.shared.adapter.out.messaging.EventMoney;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Maps an order's last status change to the event it emits: PENDING to OrderPlaced, CONFIRMED to OrderConfirmed,
 * REJECTED to OrderRejected, CANCELLED to OrderCancelled; SHIPPED and DELIVERED emit nothing (shipping announced
 * them). Correlated by the order id; caused by the consumed event, if one caused the change.
 */
@Component
public class OrderEvents {

    static final String UNKNOWN_REJECTION = "stock could not be reserved";

    private final Envelopes envelopes;

    public OrderEvents(Envelopes envelopes) {
        this.envelopes = envelopes;
    }

    public Optional<EventEnvelope> of(Order order) {
        StatusChange change = order.lastChange();
        return switch (change.status()) {
            case PENDING -> Optional.of(wrap(EventType.ORDER_PLACED, placed(order), order, change));
            case CONFIRMED -> Optional.of(wrap(EventType.ORDER_CONFIRMED, confirmed(order), order, change));
            case REJECTED -> Optional.of(wrap(EventType.ORDER_REJECTED, rejected(order, change), order, change));
            case CANCELLED -> Optional.of(wrap(EventType.ORDER_CANCELLED, cancelled(order, change), order, change));
            case SHIPPED, DELIVERED -> Optional.empty();
        };
    }

    private EventEnvelope wrap(EventType type, Object data, Order order, StatusChange change) {
        return envelopes.wrap(type, data, order.id(), change.eventId());
    }

    private static OrderPlaced placed(Order order) {
        return OrderPlaced.builder()
                .withOrderId(order.id())
                .withCartId(order.cartId())
                .withCustomerId(order.customerId())
                .withEmail(order.email())
                .withItems(lines(order))
                .withTotal(EventMoney.of(order.total()))
                .withShippingAddress(address(order.shippingAddress()))
                .build();
    }

    private static OrderConfirmed confirmed(Order order) {
        return OrderConfirmed.builder()
                .withOrderId(order.id())
                .withCustomerId(order.customerId())
                .withEmail(order.email())
                .withItems(lines(order))
                .withTotal(EventMoney.of(order.total()))
                .withShippingAddress(address(order.shippingAddress()))
                .build();
    }

    private static OrderRejected rejected(Order order, StatusChange change) {
        return OrderRejected.builder()
                .withOrderId(order.id())
                .withCustomerId(order.customerId())
                .withEmail(order.email())
                .withReason(change.reason() == null ? UNKNOWN_REJECTION : change.reason())
                .build();
    }

    private static OrderCancelled cancelled(Order order, StatusChange change) {
        return OrderCancelled.builder()
                .withOrderId(order.id())
                .withCustomerId(order.customerId())
                .withEmail(order.email())
                .withPreviousStatus(OrderCancelled.PreviousStatus.fromValue(
                        order.previousStatus().orElseThrow().name()))
                .withReason(change.reason())
                .build();
    }

    private static List<OrderLine> lines(Order order) {
        return order.lines().stream()
                .<OrderLine>map(line -> OrderLine.builder()
                        .withSku(line.sku())
                        .withQuantity(line.quantity())
                        .withUnitPrice(EventMoney.of(line.unitPrice()))
                        .build())
                .toList();
    }

    private static Address address(ShippingAddress address) {
        return Address.builder()
                .withName(address.name())
                .withLine1(address.line1())
                .withCity(address.city())
                .withPostalCode(address.postalCode())
                .withCountry(address.country())
                .build();
    }
}
