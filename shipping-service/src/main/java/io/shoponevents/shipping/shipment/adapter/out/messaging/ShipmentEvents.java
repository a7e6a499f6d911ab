package io.shoponevents.shipping.shipment.adapter.out.messaging;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.data.Address;
import io.shoponevents.events.data.ShipmentCancelled;
import io.shoponevents.events.data.ShipmentCreated;
import io.shoponevents.events.data.ShipmentDelivered;
import io.shoponevents.events.data.ShipmentDispatched;
import io.shoponevents.events.data.StockLine;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.shipping.shipment.domain.Shipment;
import io.shoponevents.shipping.shipment.domain.ShipmentChange;
import io.shoponevents.shipping.shipment.domain.ShippingAddress;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A change as the events of the contract it is announced as, mapped at the edge: the shipment itself never goes on the
 * wire. Every event is correlated by order id; one caused by a consumed event names it.
 */
@Component
public class ShipmentEvents {

    private final EnvelopeCodec codec;

    ShipmentEvents(EnvelopeCodec codec) {
        this.codec = codec;
    }

    public List<EventEnvelope> of(ShipmentChange change) {
        if (change instanceof ShipmentChange.Created created) {
            return List.of(created(created.shipment(), created.cause()));
        }
        if (change instanceof ShipmentChange.Dispatched dispatched) {
            return List.of(dispatched(dispatched.shipment()));
        }
        if (change instanceof ShipmentChange.Delivered delivered) {
            return List.of(delivered(delivered.shipment()));
        }
        if (change instanceof ShipmentChange.Cancelled cancelled) {
            return List.of(cancelled(cancelled.shipment(), cancelled.reason(), cancelled.cause()));
        }
        if (change instanceof ShipmentChange.CancelledBeforeCreation) {
            return List.of();
        }
        throw new IllegalArgumentException("no events for " + change);
    }

    private EventEnvelope created(Shipment shipment, CausingEvent cause) {
        ShipmentCreated data = ShipmentCreated.builder()
                .withShipmentId(shipment.shipmentId())
                .withOrderId(shipment.orderId())
                .withCustomerId(shipment.customerId())
                .withEmail(shipment.email())
                .withItems(shipment.items().stream()
                        .map(line -> new StockLine(line.sku(), line.quantity()))
                        .toList())
                .withShippingAddress(address(shipment.shippingAddress()))
                .build();
        return wrap(EventType.SHIPMENT_CREATED, data, shipment, cause);
    }

    private EventEnvelope dispatched(Shipment shipment) {
        ShipmentDispatched data = ShipmentDispatched.builder()
                .withShipmentId(shipment.shipmentId())
                .withOrderId(shipment.orderId())
                .withCustomerId(shipment.customerId())
                .withEmail(shipment.email())
                .withDispatchedAt(shipment.timeline().dispatchedAt())
                .build();
        return wrap(EventType.SHIPMENT_DISPATCHED, data, shipment, null);
    }

    private EventEnvelope delivered(Shipment shipment) {
        ShipmentDelivered data = ShipmentDelivered.builder()
                .withShipmentId(shipment.shipmentId())
                .withOrderId(shipment.orderId())
                .withCustomerId(shipment.customerId())
                .withEmail(shipment.email())
                .withDeliveredAt(shipment.timeline().deliveredAt())
                .build();
        return wrap(EventType.SHIPMENT_DELIVERED, data, shipment, null);
    }

    private EventEnvelope cancelled(Shipment shipment, String reason, CausingEvent cause) {
        ShipmentCancelled data = ShipmentCancelled.builder()
                .withShipmentId(shipment.shipmentId())
                .withOrderId(shipment.orderId())
                .withCustomerId(shipment.customerId())
                .withEmail(shipment.email())
                .withReason(reason)
                .build();
        return wrap(EventType.SHIPMENT_CANCELLED, data, shipment, cause);
    }

    private EventEnvelope wrap(EventType type, Object data, Shipment shipment, CausingEvent cause) {
        return codec.wrap(type, data, shipment.orderId(), cause == null ? null : cause.eventId(), null);
    }

    private static Address address(ShippingAddress address) {
        return new Address(address.name(), address.line1(), address.city(), address.postalCode(), address.country());
    }
}
