package io.shoponevents.notification.email.adapter.in.messaging;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.data.Address;
import io.shoponevents.events.data.Money;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderConfirmed;
import io.shoponevents.events.data.OrderLine;
import io.shoponevents.events.data.OrderRejected;
import io.shoponevents.events.data.ShipmentCancelled;
import io.shoponevents.events.data.ShipmentCreated;
import io.shoponevents.events.data.ShipmentDelivered;
import io.shoponevents.events.data.ShipmentDispatched;
import io.shoponevents.notification.email.application.NotificationService;
import io.shoponevents.notification.email.domain.Amount;
import io.shoponevents.notification.email.domain.Line;
import io.shoponevents.notification.email.domain.Notices;
import io.shoponevents.notification.email.domain.PostalAddress;
import io.shoponevents.notification.email.domain.Recipient;
import io.shoponevents.runtime.consume.CausingEvents;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * One thin handler per customer-facing event of an order: each reads the event into the notice it calls for and hands
 * it to the notification service.
 */
@Component
class EmailEventHandlers {

    private final NotificationService notifications;

    EmailEventHandlers(NotificationService notifications) {
        this.notifications = notifications;
    }

    void onOrderConfirmed(OrderConfirmed order, EventEnvelope envelope) {
        notifications.notify(Notices.orderConfirmed(
                CausingEvents.of(envelope),
                order.getOrderId(),
                new Recipient(order.getCustomerId(), order.getEmail()),
                lines(order.getItems()),
                amount(order.getTotal()),
                address(order.getShippingAddress())));
    }

    void onOrderRejected(OrderRejected order, EventEnvelope envelope) {
        notifications.notify(Notices.orderRejected(
                CausingEvents.of(envelope),
                order.getOrderId(),
                new Recipient(order.getCustomerId(), order.getEmail()),
                order.getReason()));
    }

    void onOrderCancelled(OrderCancelled order, EventEnvelope envelope) {
        notifications.notify(Notices.orderCancelled(
                CausingEvents.of(envelope),
                order.getOrderId(),
                new Recipient(order.getCustomerId(), order.getEmail()),
                order.getReason()));
    }

    void onShipmentCreated(ShipmentCreated shipment, EventEnvelope envelope) {
        notifications.notify(Notices.shipmentCreated(
                CausingEvents.of(envelope),
                shipment.getOrderId(),
                new Recipient(shipment.getCustomerId(), shipment.getEmail()),
                shipment.getShipmentId(),
                shipment.getItems().stream()
                        .map(item -> new Line(item.getSku(), item.getQuantity(), null))
                        .toList(),
                address(shipment.getShippingAddress())));
    }

    void onShipmentDispatched(ShipmentDispatched shipment, EventEnvelope envelope) {
        notifications.notify(Notices.shipmentDispatched(
                CausingEvents.of(envelope),
                shipment.getOrderId(),
                new Recipient(shipment.getCustomerId(), shipment.getEmail()),
                shipment.getShipmentId(),
                shipment.getDispatchedAt()));
    }

    void onShipmentDelivered(ShipmentDelivered shipment, EventEnvelope envelope) {
        notifications.notify(Notices.shipmentDelivered(
                CausingEvents.of(envelope),
                shipment.getOrderId(),
                new Recipient(shipment.getCustomerId(), shipment.getEmail()),
                shipment.getShipmentId(),
                shipment.getDeliveredAt()));
    }

    void onShipmentCancelled(ShipmentCancelled shipment, EventEnvelope envelope) {
        notifications.notify(Notices.shipmentCancelled(
                CausingEvents.of(envelope),
                shipment.getOrderId(),
                new Recipient(shipment.getCustomerId(), shipment.getEmail()),
                shipment.getShipmentId(),
                shipment.getReason()));
    }

    private static List<Line> lines(List<OrderLine> lines) {
        return lines.stream()
                .map(line -> new Line(line.getSku(), line.getQuantity(), amount(line.getUnitPrice())))
                .toList();
    }

    private static Amount amount(Money money) {
        return new Amount(money.getAmount(), money.getCurrency());
    }

    private static PostalAddress address(Address address) {
        return new PostalAddress(
                address.getName(),
                address.getLine1(),
                address.getPostalCode(),
                address.getCity(),
                address.getCountry());
    }
}
