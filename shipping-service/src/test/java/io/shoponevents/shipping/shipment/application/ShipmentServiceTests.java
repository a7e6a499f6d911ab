package io.shoponevents.shipping.shipment.application;

import static io.shoponevents.shipping.shipment.domain.ShipmentBuilder.aShipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.domain.ConcurrentChange;
import io.shoponevents.shipping.shipment.domain.OrderMarker;
import io.shoponevents.shipping.shipment.domain.Shipment;
import io.shoponevents.shipping.shipment.domain.ShipmentChange;
import io.shoponevents.shipping.shipment.domain.ShipmentLine;
import io.shoponevents.shipping.shipment.domain.ShippingAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** One shipment per order, whatever order and however often its confirmation and cancellation arrive. */
class ShipmentServiceTests {

    private static final Instant NOW = Instant.parse("2026-11-23T09:41:57Z");
    private static final CausingEvent CONFIRMED = new CausingEvent("evt-1", "OrderConfirmed");
    private static final CausingEvent CANCELLED = new CausingEvent("evt-2", "OrderCancelled");
    private static final ConfirmedOrder ORDER = new ConfirmedOrder(
            "ord-1",
            "cust-1042",
            "ada@example.com",
            List.of(new ShipmentLine("MUG-BLUE", 2)),
            new ShippingAddress("Ada Lovelace", "12 Analytical Row", "London", "N1 9GU", "GB"));

    private final ShipmentRepository shipments = mock(ShipmentRepository.class);
    private final ShipmentService service = new ShipmentService(shipments, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void createsTheShipmentOfAConfirmedOrderCausedByItsEventWithoutReadingFirst() {
        given(shipments.save(any())).willReturn(CommitResult.COMMITTED);

        service.createFor(ORDER, CONFIRMED);

        verify(shipments, never()).findMarker(any());
        ArgumentCaptor<ShipmentChange> change = ArgumentCaptor.forClass(ShipmentChange.class);
        verify(shipments).save(change.capture());
        ShipmentChange.Created created = (ShipmentChange.Created) change.getValue();
        assertThat(created.shipment().orderId()).isEqualTo("ord-1");
        assertThat(created.shipment().timeline().createdAt()).isEqualTo(NOW);
        assertThat(created.cause()).isEqualTo(CONFIRMED);
    }

    @Test
    void aConfirmationThatLosesTheRaceForItsOrderCreatesNothingAndIsRecordedAsHandled() {
        Shipment theOther = aShipment().forOrder("ord-1").build();
        given(shipments.save(any())).willThrow(new ConcurrentChange("marker exists", null));
        given(shipments.findMarker("ord-1")).willReturn(Optional.of(OrderMarker.shipmentCreated(theOther)));

        service.createFor(ORDER, CONFIRMED);

        verify(shipments, times(1)).save(any());
        verify(shipments).skip(CONFIRMED);
    }

    @Test
    void aCancellationBeforeAnyShipmentMarksTheOrderSoThatALateConfirmationCreatesNothing() {
        given(shipments.findMarker("ord-1")).willReturn(Optional.empty());

        service.cancelFor("ord-1", null, CANCELLED);

        verify(shipments).save(new ShipmentChange.CancelledBeforeCreation("ord-1", CANCELLED));

        given(shipments.findMarker("ord-1")).willReturn(Optional.of(OrderMarker.cancelledBeforeShipment("ord-1")));
        given(shipments.save(any(ShipmentChange.Created.class))).willThrow(new ConcurrentChange("marker exists", null));

        service.createFor(ORDER, CONFIRMED);

        verify(shipments, times(1)).save(any(ShipmentChange.Created.class));
        verify(shipments).skip(CONFIRMED);
    }

    @Test
    void cancelsAnUndispatchedShipmentWithTheDefaultReasonWhenTheOrderGivesNone() {
        Shipment shipment = aShipment().withId("shp-1").forOrder("ord-1").build();
        given(shipments.findMarker("ord-1")).willReturn(Optional.of(OrderMarker.shipmentCreated(shipment)));
        given(shipments.find("shp-1")).willReturn(Optional.of(shipment));

        service.cancelFor("ord-1", null, CANCELLED);

        verify(shipments)
                .save(new ShipmentChange.Cancelled(
                        shipment.cancel(NOW, "Order cancelled before dispatch", CANCELLED)
                                .shipment(),
                        "Order cancelled before dispatch",
                        CANCELLED));
    }

    @Test
    void leavesADispatchedShipmentAloneAndRecordsTheCancellationAsHandled() {
        Shipment shipment =
                aShipment().withId("shp-1").forOrder("ord-1").dispatched().build();
        given(shipments.findMarker("ord-1")).willReturn(Optional.of(OrderMarker.shipmentCreated(shipment)));
        given(shipments.find("shp-1")).willReturn(Optional.of(shipment));

        service.cancelFor("ord-1", "Customer changed their mind", CANCELLED);

        verify(shipments, never()).save(any());
        verify(shipments).skip(CANCELLED);
    }
}
