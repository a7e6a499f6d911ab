package io.shoponevents.shipping.shipment.domain;

import static io.shoponevents.shipping.shipment.domain.ShipmentBuilder.aShipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.RuleViolation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentTests {

    private static final Instant NOW = Instant.parse("2026-11-23T09:41:57Z");
    private static final String REASON = "Customer changed their mind";
    private static final CausingEvent CAUSE = new CausingEvent("evt-1", "OrderCancelled");

    @Test
    void dispatchesACreatedShipment() {
        Shipment dispatched = aShipment().build().dispatch(NOW).shipment();

        assertThat(dispatched.status()).isEqualTo(ShipmentStatus.DISPATCHED);
        assertThat(dispatched.timeline().dispatchedAt()).isEqualTo(NOW);
        assertThat(dispatched.timeline().deliveredAt()).isNull();
    }

    @Test
    void dispatchingTwiceIsAConflict() {
        Shipment dispatched = aShipment().build().dispatch(NOW).shipment();

        assertThatExceptionOfType(RuleViolation.class)
                .isThrownBy(() -> dispatched.dispatch(NOW))
                .withMessageContaining("is DISPATCHED");
    }

    @Test
    void deliversADispatchedShipmentKeepingItsDispatchTime() {
        Shipment delivered = aShipment().dispatched().build().deliver(NOW).shipment();

        assertThat(delivered.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(delivered.timeline().dispatchedAt()).isEqualTo(ShipmentBuilder.DISPATCHED_AT);
        assertThat(delivered.timeline().deliveredAt()).isEqualTo(NOW);
    }

    @Test
    void deliveringAnUndispatchedShipmentIsAConflict() {
        Shipment created = aShipment().build();

        assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> created.deliver(NOW));
    }

    @Test
    void cancelsOnlyAShipmentThatHasNotLeft() {
        Shipment cancelled = aShipment().build().cancel(NOW, REASON, CAUSE).shipment();

        assertThat(cancelled.status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(cancelled.timeline().cancelledAt()).isEqualTo(NOW);
        assertThat(aShipment().dispatched().build().isCancellable()).isFalse();
        assertThatExceptionOfType(RuleViolation.class)
                .isThrownBy(() -> aShipment().dispatched().build().cancel(NOW, REASON, CAUSE));
    }

    @Test
    void aCancelledShipmentCannotBeDispatched() {
        Shipment cancelled = aShipment().cancelled().build();

        assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> cancelled.dispatch(NOW));
    }

    @Test
    void eachChangeIsTheFactItMakesTrueWithItsCause() {
        ShipmentChange.Created created = Shipment.create(
                "ord-1",
                "cust-1042",
                "ada@example.com",
                List.of(new ShipmentLine("MUG-BLUE", 2)),
                new ShippingAddress("Ada Lovelace", "12 Analytical Row", "London", "N1 9GU", "GB"),
                NOW,
                CAUSE);
        ShipmentChange.Cancelled cancelled = created.shipment().cancel(NOW, REASON, CAUSE);
        ShipmentChange.Dispatched dispatched = created.shipment().dispatch(NOW);

        assertThat(created.shipment().status()).isEqualTo(ShipmentStatus.CREATED);
        assertThat(created.causingEvent()).contains(CAUSE);
        assertThat(cancelled.reason()).isEqualTo(REASON);
        assertThat(cancelled.causingEvent()).contains(CAUSE);
        assertThat(dispatched.causingEvent()).isEmpty();
        assertThat(Shipment.cancelBeforeCreation("ord-2", CAUSE))
                .isEqualTo(new ShipmentChange.CancelledBeforeCreation("ord-2", CAUSE));
    }
}
