package io.shoponevents.inventory.stock.domain;

import static io.shoponevents.inventory.ReservationBuilder.aReservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.shoponevents.runtime.domain.CausingEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReservationTests {

    private static final CausingEvent PLACED = new CausingEvent("0e7e0000-0000-4000-8000-000000000002", "OrderPlaced");
    private static final CausingEvent CANCELLED =
            new CausingEvent("0e7e0000-0000-4000-8000-000000000003", "OrderCancelled");

    @Test
    void aReservedReservationHoldsEveryLine() {
        Reservation reserved =
                aReservation().line("MUG-BLUE", 2).line("TEE-M-BLACK", 1).reserved();

        assertThat(reserved.status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(reserved.holdsStock()).isTrue();
        assertThat(reserved.lines()).containsExactly(new LineItem("MUG-BLUE", 2), new LineItem("TEE-M-BLACK", 1));
        assertThat(reserved.reason()).isNull();
        assertThat(reserved.shortages()).isEmpty();
    }

    @Test
    void aFailedReservationHoldsNothingAndExplainsEveryShortage() {
        Reservation failed = aReservation()
                .line("MUG-BLUE", 2)
                .line("TEE-M-BLACK", 1)
                .line("CAP-RED", 4)
                .failedAgainst(Map.of("MUG-BLUE", 9, "CAP-RED", 3));

        assertThat(failed.status()).isEqualTo(ReservationStatus.FAILED);
        assertThat(failed.holdsStock()).isFalse();
        assertThat(failed.shortages())
                .containsExactly(new Shortage("TEE-M-BLACK", 1, 0), new Shortage("CAP-RED", 4, 3));
        assertThat(failed.reason())
                .isEqualTo("Not enough stock for TEE-M-BLACK: 1 requested, 0 available;"
                        + " Not enough stock for CAP-RED: 4 requested, 3 available");
    }

    @Test
    void theReasonOfAFailureWithManyShortagesIsCutToTheContractsLimit() {
        var builder = aReservation();
        for (int i = 0; i < 40; i++) {
            builder.line("SKU-NUMBER-" + i, 1);
        }

        Reservation failed = builder.failedAgainst(Map.of());

        assertThat(failed.reason()).hasSize(Reservation.MAX_REASON_LENGTH).endsWith("...");
        assertThat(failed.shortages()).hasSize(40);
    }

    @Test
    void aReservationCannotFailWithoutAShortage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Reservation.failed(aReservation().request(), List.of()));
    }

    @Test
    void reservingTakesEveryLineWhenStockCoversThemAll() {
        ReservationRequest request = aReservation()
                .forOrder("ord-1")
                .line("MUG-BLUE", 2)
                .line("TEE-M-BLACK", 1)
                .request();

        ReservationChange change = Reservation.reserve(request, Map.of("MUG-BLUE", 2, "TEE-M-BLACK", 5), PLACED);

        assertThat(change).isInstanceOfSatisfying(ReservationChange.Reserved.class, reserved -> {
            assertThat(reserved.taken()).containsExactly(new LineItem("MUG-BLUE", 2), new LineItem("TEE-M-BLACK", 1));
            assertThat(reserved.reservation().orderId()).isEqualTo("ord-1");
            assertThat(reserved.cause()).isEqualTo(PLACED);
        });
    }

    @Test
    void reservingFailsTheWholeOrderWhenOneLineIsShort() {
        ReservationRequest request =
                aReservation().line("MUG-BLUE", 2).line("TEE-M-BLACK", 1).request();

        ReservationChange change = Reservation.reserve(request, Map.of("MUG-BLUE", 2), PLACED);

        assertThat(change).isInstanceOfSatisfying(ReservationChange.Failed.class, failed -> {
            assertThat(failed.shortages()).containsExactly(new Shortage("TEE-M-BLACK", 1, 0));
            assertThat(failed.reservation().holdsStock()).isFalse();
            assertThat(failed.cause()).isEqualTo(PLACED);
        });
    }

    @Test
    void releasingGivesBackTheSameLines() {
        Reservation reserved = aReservation().line("MUG-BLUE", 2).reserved();

        ReservationChange change = reserved.release(CANCELLED);

        assertThat(change).isInstanceOfSatisfying(ReservationChange.Released.class, released -> {
            assertThat(released.reservation().status()).isEqualTo(ReservationStatus.RELEASED);
            assertThat(released.givenBack()).isEqualTo(reserved.lines());
            assertThat(released.reservation().holdsStock()).isFalse();
            assertThat(released.cause()).isEqualTo(CANCELLED);
        });
    }

    @Test
    void onlyAReservationThatHoldsStockCanBeReleased() {
        Reservation failed = aReservation().line("MUG-BLUE", 2).failedAgainst(Map.of());
        Reservation released =
                aReservation().line("MUG-BLUE", 2).reserved().release(CANCELLED).reservation();

        assertThatIllegalStateException().isThrownBy(() -> failed.release(CANCELLED));
        assertThatIllegalStateException().isThrownBy(() -> released.release(CANCELLED));
    }

    @Test
    void anOrderCancelledBeforeItWasReservedHoldsNothing() {
        ReservationChange change = Reservation.cancelledBeforeReserved("ord-1", CANCELLED);

        assertThat(change).isInstanceOf(ReservationChange.CancelledBeforeReserved.class);
        Reservation cancelled = change.reservation();
        assertThat(cancelled.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(cancelled.lines()).isEmpty();
        assertThat(cancelled.reason()).isEqualTo("The order was cancelled before its stock was reserved");
        assertThat(change.cause()).isEqualTo(CANCELLED);
    }
}
