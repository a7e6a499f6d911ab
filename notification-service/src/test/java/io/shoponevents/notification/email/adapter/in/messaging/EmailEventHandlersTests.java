package io.shoponevents.notification.email.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderConfirmed;
import io.shoponevents.events.data.OrderRejected;
import io.shoponevents.events.data.ShipmentCancelled;
import io.shoponevents.events.data.ShipmentCreated;
import io.shoponevents.events.data.ShipmentDelivered;
import io.shoponevents.events.data.ShipmentDispatched;
import io.shoponevents.notification.email.application.NotificationService;
import io.shoponevents.notification.email.domain.EmailTemplate;
import io.shoponevents.notification.email.domain.Notice;
import io.shoponevents.notification.email.domain.RenderedEmail;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Each customer-facing example event becomes the right email, filled from the event's fields. */
class EmailEventHandlersTests {

    private static final String ORDER_ID = "ord-7f3c2a91-4b6e-4d1a-9c2f-5e8b1a0d3c47";

    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());
    private final NotificationService notifications = mock(NotificationService.class);
    private final EmailEventHandlers handlers = new EmailEventHandlers(notifications);

    @Test
    void confirmationNamesTheOrderItsItemsTotalAndAddress() {
        EventEnvelope envelope = example(EventType.ORDER_CONFIRMED);
        handlers.onOrderConfirmed(codec.data(envelope, OrderConfirmed.class), envelope);
        Notice notice = notice();

        RenderedEmail email = notice.render();

        assertThat(notice.recipient()).isEqualTo("ada@example.com");
        assertThat(notice.customerId()).isEqualTo("cust-1042");
        assertThat(notice.eventId()).isEqualTo("0e7e0000-0000-4000-8000-000000000003");
        assertThat(notice.eventType()).isEqualTo("OrderConfirmed");
        assertThat(email.subject()).isEqualTo("Your order " + ORDER_ID + " is confirmed");
        assertThat(email.body())
                .contains("2 x MUG-BLUE at 12.50 EUR", "1 x TEE-M-BLACK at 24.00 EUR")
                .contains("Total: 49.00 EUR")
                .contains("Ada Lovelace", "N1 9GU London");
    }

    @Test
    void rejectionGivesTheReason() {
        EventEnvelope envelope = example(EventType.ORDER_REJECTED);
        handlers.onOrderRejected(codec.data(envelope, OrderRejected.class), envelope);

        RenderedEmail email = notice().render();

        assertThat(email.subject()).isEqualTo("We could not accept your order " + ORDER_ID);
        assertThat(email.body()).contains("Reason: Not enough stock for TEE-M-BLACK: 1 requested, 0 available");
    }

    @Test
    void cancellationGivesTheReason() {
        EventEnvelope envelope = example(EventType.ORDER_CANCELLED);
        handlers.onOrderCancelled(codec.data(envelope, OrderCancelled.class), envelope);

        Notice notice = notice();

        assertThat(notice.template()).isEqualTo(EmailTemplate.ORDER_CANCELLED);
        assertThat(notice.render().body()).contains("Reason: Customer changed their mind");
    }

    @Test
    void shipmentEmailsSayWhen() {
        EventEnvelope dispatched = example(EventType.SHIPMENT_DISPATCHED);
        EventEnvelope delivered = example(EventType.SHIPMENT_DELIVERED);

        handlers.onShipmentDispatched(codec.data(dispatched, ShipmentDispatched.class), dispatched);
        RenderedEmail onItsWay = notice().render();
        handlers.onShipmentDelivered(codec.data(delivered, ShipmentDelivered.class), delivered);
        RenderedEmail arrived = lastNotice(2).render();

        assertThat(onItsWay.subject()).isEqualTo("Your order " + ORDER_ID + " is on its way");
        assertThat(onItsWay.body()).contains("2026-11-22 14:02 UTC", "shp-5c1e8a3b-9d24-4f6b-a7e0-3b8c2d9f1a64");
        assertThat(arrived.subject()).isEqualTo("Your order " + ORDER_ID + " has been delivered");
        assertThat(arrived.body()).contains("2026-11-23 09:41 UTC");
    }

    @Test
    void shipmentCreatedSaysTheOrderIsBeingPreparedWithItsItemsAndAddress() {
        EventEnvelope envelope = example(EventType.SHIPMENT_CREATED);
        handlers.onShipmentCreated(codec.data(envelope, ShipmentCreated.class), envelope);

        Notice notice = notice();
        RenderedEmail email = notice.render();

        assertThat(notice.recipient()).isEqualTo("ada@example.com");
        assertThat(notice.eventType()).isEqualTo("ShipmentCreated");
        assertThat(email.subject()).isEqualTo("Your order " + ORDER_ID + " is being prepared");
        assertThat(email.body())
                .contains("  2 x MUG-BLUE\n", "  1 x TEE-M-BLACK\n", "shp-5c1e8a3b-9d24-4f6b-a7e0-3b8c2d9f1a64")
                .doesNotContain(" at ")
                .contains("Ada Lovelace", "N1 9GU London");
    }

    @Test
    void shipmentCancelledGivesTheReason() {
        EventEnvelope envelope = example(EventType.SHIPMENT_CANCELLED);
        handlers.onShipmentCancelled(codec.data(envelope, ShipmentCancelled.class), envelope);

        RenderedEmail email = notice().render();

        assertThat(email.subject()).isEqualTo("The shipment of your order " + ORDER_ID + " was cancelled");
        assertThat(email.body()).contains("Reason: Order cancelled before dispatch");
    }

    private Notice notice() {
        return lastNotice(1);
    }

    private Notice lastNotice(int calls) {
        ArgumentCaptor<Notice> notice = ArgumentCaptor.forClass(Notice.class);
        verify(notifications, times(calls)).notify(notice.capture());
        return notice.getValue();
    }

    private EventEnvelope example(EventType type) {
        return codec.read(ExampleEvents.valid(type));
    }
}
