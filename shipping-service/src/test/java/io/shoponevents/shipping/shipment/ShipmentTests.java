package io.shoponevents.shipping.shipment;

import static io.shoponevents.shipping.shipment.ShipmentBuilder.aShipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.shoponevents.runtime.domain.RuleViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ShipmentTests {

    private static final Instant NOW = Instant.parse("2026-11-23T09:41:57Z");

    @Test
    void dispatchesACreatedShipment() {
        Shipment dispatched = aShipment().build().dispatch(NOW);

        assertThat(dispatched.status()).isEqualTo(ShipmentStatus.DISPATCHED);
        assertThat(dispatched.dispatchedAt()).isEqualTo(NOW);
        assertThat(dispatched.deliveredAt()).isNull();
    }

    @Test
    void dispatchingTwiceIsAConflict() {
        Shipment dispatched = aShipment().build().dispatch(NOW);

        assertThatExceptionOfType(RuleViolation.class)
                .isThrownBy(() -> dispatched.dispatch(NOW))
                .withMessageContaining("is DISPATCHED");
    }

    @Test
    void deliversADispatchedShipmentKeepingItsDispatchTime() {
        Shipment delivered = aShipment().dispatched().build().deliver(NOW);

        assertThat(delivered.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(delivered.dispatchedAt()).isEqualTo(ShipmentBuilder.DISPATCHED_AT);
        assertThat(delivered.deliveredAt()).isEqualTo(NOW);
    }

    @Test
    void deliveringAnUndispatchedShipmentIsAConflict() {
        Shipment created = aShipment().build();

        assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> created.deliver(NOW));
    }

    @Test
    void cancelsOnlyAShipmentThatHasNotLeft() {
        Shipment cancelled = aShipment().build().cancel(NOW);

        assertThat(cancelled.status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(cancelled.cancelledAt()).isEqualTo(NOW);
        assertThat(aShipment().dispatched().build().isCancellable()).isFalse();
        assertThatExceptionOfType(RuleViolation.class)
                .isThrownBy(() -> aShipment().dispatched().build().cancel(NOW));
    }

    @Test
    void aCancelledShipmentCannotBeDispatched() {
        Shipment cancelled = aShipment().cancelled().build();

        assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> cancelled.dispatch(NOW));
    }
}
