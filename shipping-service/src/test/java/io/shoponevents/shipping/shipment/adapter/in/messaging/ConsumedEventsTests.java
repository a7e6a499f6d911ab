package io.shoponevents.shipping.shipment.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.ExampleEvent;
import io.shoponevents.events.ServiceName;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.runtime.testing.ServiceTemplate;
import io.shoponevents.shipping.shipment.application.ConfirmedOrder;
import io.shoponevents.shipping.shipment.application.ShipmentService;
import io.shoponevents.shipping.shipment.domain.ShipmentLine;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Shipping handles the order events the catalog routes to it, each with one use case. */
class ConsumedEventsTests {

    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());
    private final ShipmentService shipments = mock(ShipmentService.class);
    private final EventDispatcher dispatcher =
            new ConsumedEvents().eventDispatcher(new EventValidator(), codec, new OrderEventHandlers(shipments));

    @Test
    void handlesExactlyWhatTheCatalogRoutesToShipping() {
        ServiceTemplate.assertHandlesWhatTheCatalogRoutesTo(ServiceName.SHIPPING, dispatcher);
    }

    @Test
    void handsAConfirmedOrderToShipmentCreationWithItsEventAsCause() {
        String json =
                ExampleEvent.of(EventType.ORDER_CONFIRMED).aboutOrder("ord-7").json();

        assertThat(dispatcher.dispatch(json)).isEqualTo(EventDispatcher.Outcome.HANDLED);

        ArgumentCaptor<ConfirmedOrder> order = ArgumentCaptor.forClass(ConfirmedOrder.class);
        verify(shipments)
                .createFor(order.capture(), eq(new CausingEvent(codec.read(json).eventId(), "OrderConfirmed")));
        assertThat(order.getValue().orderId()).isEqualTo("ord-7");
        assertThat(order.getValue().email()).isEqualTo("ada@example.com");
        assertThat(order.getValue().items())
                .containsExactly(new ShipmentLine("MUG-BLUE", 2), new ShipmentLine("TEE-M-BLACK", 1));
        assertThat(order.getValue().shippingAddress().postalCode()).isEqualTo("N1 9GU");
    }

    @Test
    void handsACancelledOrderToShipmentCancellationWithItsReason() {
        String json =
                ExampleEvent.of(EventType.ORDER_CANCELLED).aboutOrder("ord-8").json();

        dispatcher.dispatch(json);

        verify(shipments).cancelFor(eq("ord-8"), eq("Customer changed their mind"), any(CausingEvent.class));
    }
}
