package io.shoponevents.inventory.stock.domain;

import static io.shoponevents.inventory.ReservationBuilder.aReservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReservationRequestTests {

    @Test
    void mergesLinesOfTheSameSkuInTheOrderFirstNamed() {
        ReservationRequest request = aReservation()
                .line("MUG-BLUE", 2)
                .line("TEE-M-BLACK", 1)
                .line("MUG-BLUE", 3)
                .request();

        assertThat(request.lines()).containsExactly(new LineItem("MUG-BLUE", 5), new LineItem("TEE-M-BLACK", 1));
    }

    @Test
    void findsEveryLineThatStockCannotCover() {
        ReservationRequest request = aReservation()
                .line("MUG-BLUE", 2)
                .line("TEE-M-BLACK", 3)
                .line("CAP-RED", 1)
                .request();

        List<Shortage> shortages = request.shortagesGiven(Map.of("MUG-BLUE", 5, "TEE-M-BLACK", 2));

        assertThat(shortages).containsExactly(new Shortage("TEE-M-BLACK", 3, 2), new Shortage("CAP-RED", 1, 0));
    }

    @Test
    void mergedLinesAreShortWhenTogetherTheyAskForMoreThanIsAvailable() {
        ReservationRequest request =
                aReservation().line("MUG-BLUE", 2).line("MUG-BLUE", 2).request();

        assertThat(request.shortagesGiven(Map.of("MUG-BLUE", 3))).containsExactly(new Shortage("MUG-BLUE", 4, 3));
    }

    @Test
    void findsNoShortageWhenStockCoversEveryLineExactly() {
        ReservationRequest request =
                aReservation().line("MUG-BLUE", 2).line("TEE-M-BLACK", 1).request();

        assertThat(request.shortagesGiven(Map.of("MUG-BLUE", 2, "TEE-M-BLACK", 1)))
                .isEmpty();
    }

    @Test
    void refusesARequestWithoutLinesOrWithTheSameSkuTwice() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReservationRequest.of("ord-1", List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReservationRequest(
                        "ord-1", List.of(new LineItem("MUG-BLUE", 1), new LineItem("MUG-BLUE", 1))));
    }
}
