package io.shoponevents.notification.email;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderConfirmed;
import io.shoponevents.events.data.OrderRejected;
import io.shoponevents.events.data.ShipmentDelivered;
import io.shoponevents.events.data.ShipmentDispatched;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/** One thin handler per customer-facing event: each turns the event into its notice and hands it to the notifier. */
@Component
class CustomerEventHandlers {

    private final Notifier notifier;

    CustomerEventHandlers(Notifier notifier) {
        this.notifier = notifier;
    }

    void onOrderConfirmed(OrderConfirmed order, EventEnvelope envelope) {
        notify(Notices.orderConfirmed(order, envelope));
    }

    void onOrderRejected(OrderRejected order, EventEnvelope envelope) {
        notify(Notices.orderRejected(order, envelope));
    }

    void onOrderCancelled(OrderCancelled order, EventEnvelope envelope) {
        notify(Notices.orderCancelled(order, envelope));
    }

    void onShipmentDispatched(ShipmentDispatched shipment, EventEnvelope envelope) {
        notify(Notices.shipmentDispatched(shipment, envelope));
    }

    void onShipmentDelivered(ShipmentDelivered shipment, EventEnvelope envelope) {
        notify(Notices.shipmentDelivered(shipment, envelope));
    }

    private void notify(Notice notice) {
        try (var orderId = MDC.putCloseable("orderId", notice.orderId())) {
            notifier.notify(notice);
        }
    }
}
