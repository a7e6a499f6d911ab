package io.shoponevents.ordering.order.adapter.out.messaging;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.data.Address;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderConfirmed;
import io.shoponevents.events.data.OrderLine;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.events.data.OrderRejected;
import io.shoponevents.ordering.money.adapter.out.messaging.MoneyEvents;
import io.shoponevents.ordering.order.domain.Order;
import io.shoponevents.ordering.order.domain.OrderChange;
import io.shoponevents.ordering.order.domain.ShippingAddress;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Maps an order change to the event it emits: Placed to OrderPlaced, Confirmed to OrderConfirmed, Rejected to
 * OrderRejected, Cancelled to OrderCancelled; Shipped and Delivered emit nothing (shipping announced them). Correlated
 * by the order id; caused by the consumed event, if one caused the change.
 */
@Component
public class OrderEvents {

    static final String UNKNOWN_REJECTION = "stock could not be reserved";

    private final EnvelopeCodec codec;

    public OrderEvents(EnvelopeCodec codec) {
        this.codec = codec;
    }

    public Optional<EventEnvelope> of(OrderChange change) {
        Order order = change.order();
        if (change instanceof OrderChange.Placed) {
            return Optional.of(wrap(EventType.ORDER_PLACED, placed(order), change));
        }
        if (change instanceof OrderChange.Confirmed) {
            return Optional.of(wrap(EventType.ORDER_CONFIRMED, confirmed(order), change));
        }
        if (change instanceof OrderChange.Rejected rejected) {
            return Optional.of(wrap(EventType.ORDER_REJECTED, rejected(order, rejected.reason()), change));
        }
        if (change instanceof OrderChange.Cancelled cancelled) {
            return Optional.of(wrap(EventType.ORDER_CANCELLED, cancelled(order, cancelled), change));
        }
        return Optional.empty();
    }

    private EventEnvelope wrap(EventType type, Object data, OrderChange change) {
        String causationId = change.causingEvent().map(CausingEvent::eventId).orElse(null);
        return codec.wrap(type, data, change.order().id(), causationId, null);
    }

    private static OrderPlaced placed(Order order) {
        return OrderPlaced.builder()
                .withOrderId(order.id())
                .withCartId(order.cartId())
                .withCustomerId(order.customerId())
                .withEmail(order.email())
                .withItems(lines(order))
                .withTotal(MoneyEvents.of(order.total()))
                .withShippingAddress(address(order.shippingAddress()))
                .build();
    }

    /**
     * A confirmation restates the order as it was placed, less the cart it came from; mapping it from the placed event
     * keeps the two in step, since the generated types share no supertype.
     */
    private static OrderConfirmed confirmed(Order order) {
        OrderPlaced placed = placed(order);
        return OrderConfirmed.builder()
                .withOrderId(placed.getOrderId())
                .withCustomerId(placed.getCustomerId())
                .withEmail(placed.getEmail())
                .withItems(placed.getItems())
                .withTotal(placed.getTotal())
                .withShippingAddress(placed.getShippingAddress())
                .build();
    }

    private static OrderRejected rejected(Order order, String reason) {
        return OrderRejected.builder()
                .withOrderId(order.id())
                .withCustomerId(order.customerId())
                .withEmail(order.email())
                .withReason(reason == null ? UNKNOWN_REJECTION : reason)
                .build();
    }

    private static OrderCancelled cancelled(Order order, OrderChange.Cancelled change) {
        return OrderCancelled.builder()
                .withOrderId(order.id())
                .withCustomerId(order.customerId())
                .withEmail(order.email())
                .withPreviousStatus(OrderCancelled.PreviousStatus.fromValue(
                        change.previousStatus().name()))
                .withReason(order.lastChange().reason())
                .build();
    }

    private static List<OrderLine> lines(Order order) {
        return order.lines().stream()
                .<OrderLine>map(line -> OrderLine.builder()
                        .withSku(line.sku())
                        .withQuantity(line.quantity())
                        .withUnitPrice(MoneyEvents.of(line.unitPrice()))
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
