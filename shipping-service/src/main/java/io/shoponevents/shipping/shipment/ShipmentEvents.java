package io.shoponevents.shipping.shipment;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.data.Address;
import io.shoponevents.events.data.ShipmentCancelled;
import io.shoponevents.events.data.ShipmentCreated;
import io.shoponevents.events.data.ShipmentDelivered;
import io.shoponevents.events.data.ShipmentDispatched;
import io.shoponevents.events.data.StockLine;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import org.springframework.stereotype.Component;

/**
 * Maps shipments to the events of the contract, at the edge: the shipment itself never goes on the wire. Every event
 * is correlated by order id; one caused by a consumed event names it and continues its trace.
 */
@Component
class ShipmentEvents {

    private final EnvelopeCodec codec;

    ShipmentEvents(EnvelopeCodec codec) {
        this.codec = codec;
    }

    EventEnvelope created(Shipment shipment, EventEnvelope cause) {
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

    EventEnvelope dispatched(Shipment shipment) {
        ShipmentDispatched data = ShipmentDispatched.builder()
                .withShipmentId(shipment.shipmentId())
                .withOrderId(shipment.orderId())
                .withCustomerId(shipment.customerId())
                .withEmail(shipment.email())
                .withDispatchedAt(shipment.dispatchedAt())
                .build();
        return wrap(EventType.SHIPMENT_DISPATCHED, data, shipment, null);
    }

    EventEnvelope delivered(Shipment shipment) {
        ShipmentDelivered data = ShipmentDelivered.builder()
                .withShipmentId(shipment.shipmentId())
                .withOrderId(shipment.orderId())
                .withCustomerId(shipment.customerId())
                .withEmail(shipment.email())
                .withDeliveredAt(shipment.deliveredAt())
                .build();
        return wrap(EventType.SHIPMENT_DELIVERED, data, shipment, null);
    }

    EventEnvelope cancelled(Shipment shipment, String reason, EventEnvelope cause) {
        ShipmentCancelled data = ShipmentCancelled.builder()
                .withShipmentId(shipment.shipmentId())
                .withOrderId(shipment.orderId())
                .withCustomerId(shipment.customerId())
                .withEmail(shipment.email())
                .withReason(reason)
                .build();
        return wrap(EventType.SHIPMENT_CANCELLED, data, shipment, cause);
    }

    private EventEnvelope wrap(EventType type, Object data, Shipment shipment, EventEnvelope cause) {
        return cause == null
                ? codec.wrap(type, data, shipment.orderId(), null, null)
                : codec.wrap(
                        type,
                        data,
                        shipment.orderId(),
                        cause.eventId(),
                        cause.detail().metadata().traceHeader());
    }

    private static Address address(ShippingAddress address) {
        return new Address(address.name(), address.line1(), address.city(), address.postalCode(), address.country());
    }
}
