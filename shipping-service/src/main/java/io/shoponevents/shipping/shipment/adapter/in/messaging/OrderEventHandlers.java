package io.shoponevents.shipping.shipment.adapter.in.messaging;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.data.Address;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderConfirmed;
import io.shoponevents.runtime.consume.CausingEvents;
import io.shoponevents.shipping.shipment.application.ConfirmedOrder;
import io.shoponevents.shipping.shipment.application.ShipmentService;
import io.shoponevents.shipping.shipment.domain.ShipmentLine;
import io.shoponevents.shipping.shipment.domain.ShippingAddress;
import org.springframework.stereotype.Component;

/** One small handler per order event shipping follows, each calling one use case. */
@Component
class OrderEventHandlers {

    private final ShipmentService shipments;

    OrderEventHandlers(ShipmentService shipments) {
        this.shipments = shipments;
    }

    void onOrderConfirmed(OrderConfirmed order, EventEnvelope envelope) {
        shipments.createFor(
                new ConfirmedOrder(
                        order.getOrderId(),
                        order.getCustomerId(),
                        order.getEmail(),
                        order.getItems().stream()
                                .map(line -> new ShipmentLine(line.getSku(), line.getQuantity()))
                                .toList(),
                        address(order.getShippingAddress())),
                CausingEvents.of(envelope));
    }

    void onOrderCancelled(OrderCancelled order, EventEnvelope envelope) {
        shipments.cancelFor(order.getOrderId(), order.getReason(), CausingEvents.of(envelope));
    }

    private static ShippingAddress address(Address address) {
        return new ShippingAddress(
                address.getName(),
                address.getLine1(),
                address.getCity(),
                address.getPostalCode(),
                address.getCountry());
    }
}
