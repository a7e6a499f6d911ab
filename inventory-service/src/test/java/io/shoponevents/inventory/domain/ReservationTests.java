package io.shoponevents.inventory.domain;

import static io.shoponevents.inventory.ReservationBuilder.aReservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReservationTests {

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
                .isThrownBy(() -> Reservation.fail(aReservation().request(), List.of()));
    }

    @Test
    void releasingGivesBackTheSameLines() {
        Reservation reserved = aReservation().line("MUG-BLUE", 2).reserved();

        Reservation released = reserved.release();

        assertThat(released.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(released.lines()).isEqualTo(reserved.lines());
        assertThat(released.holdsStock()).isFalse();
    }

    @Test
    void onlyAReservationThatHoldsStockCanBeReleased() {
        Reservation failed = aReservation().line("MUG-BLUE", 2).failedAgainst(Map.of());
        Reservation released = aReservation().line("MUG-BLUE", 2).reserved().release();

        assertThatIllegalStateException().isThrownBy(failed::release);
        assertThatIllegalStateException().isThrownBy(released::release);
    }

    @Test
    void anOrderCancelledBeforeItWasReservedHoldsNothing() {
        Reservation cancelled = Reservation.cancelledBeforeReserved("ord-1");

        assertThat(cancelled.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(cancelled.lines()).isEmpty();
        assertThat(cancelled.reason()).isEqualTo("The order was cancelled before its stock was reserved");
    }
}
