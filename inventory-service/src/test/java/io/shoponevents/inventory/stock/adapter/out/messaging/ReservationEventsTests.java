package io.shoponevents.inventory.stock.adapter.out.messaging;

import static io.shoponevents.inventory.ReservationBuilder.aReservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.data.Shortage;
import io.shoponevents.events.data.StockLine;
import io.shoponevents.events.data.StockReleased;
import io.shoponevents.events.data.StockReservationFailed;
import io.shoponevents.events.data.StockReserved;
import io.shoponevents.inventory.stock.domain.Reservation;
import io.shoponevents.inventory.stock.domain.ReservationChange;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReservationEventsTests {

    private static final CausingEvent CAUSE = new CausingEvent("0e7e0000-0000-4000-8000-000000000002", "OrderPlaced");
    private static final String TRACE_HEADER = "Root=1-6740a1b2-3c4d5e6f708192a3b4c5d6e7;Sampled=1";

    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC(), () -> TRACE_HEADER);
    private final EventValidator validator = new EventValidator();
    private final ReservationEvents events = new ReservationEvents(codec);

    @Test
    void stockReservedListsEveryLineOfTheOrder() {
        Reservation reserved = aReservation()
                .forOrder("ord-1")
                .line("MUG-BLUE", 2)
                .line("TEE-M-BLACK", 1)
                .reserved();

        EventEnvelope event =
                events.of(new ReservationChange.Reserved(reserved, CAUSE)).orElseThrow();

        assertFollowsTheContract(event, "StockReserved");
        assertThat(codec.data(event, StockReserved.class).getItems())
                .extracting(StockLine::getSku, StockLine::getQuantity)
                .containsExactly(tuple("MUG-BLUE", 2), tuple("TEE-M-BLACK", 1));
    }

    @Test
    void stockReservationFailedCarriesTheReasonAndEveryShortage() {
        Reservation failed = aReservation()
                .forOrder("ord-1")
                .line("MUG-BLUE", 2)
                .line("TEE-M-BLACK", 3)
                .failedAgainst(Map.of("MUG-BLUE", 2, "TEE-M-BLACK", 1));

        EventEnvelope event =
                events.of(new ReservationChange.Failed(failed, CAUSE)).orElseThrow();

        assertFollowsTheContract(event, "StockReservationFailed");
        StockReservationFailed data = codec.data(event, StockReservationFailed.class);
        assertThat(data.getReason()).isEqualTo("Not enough stock for TEE-M-BLACK: 3 requested, 1 available");
        assertThat(data.getShortages())
                .extracting(Shortage::getSku, Shortage::getRequested, Shortage::getAvailable)
                .containsExactly(tuple("TEE-M-BLACK", 3, 1));
    }

    @Test
    void stockReleasedListsTheLinesGivenBack() {
        ReservationChange released =
                aReservation().forOrder("ord-1").line("MUG-BLUE", 2).reserved().release(CAUSE);

        EventEnvelope event = events.of(released).orElseThrow();

        assertFollowsTheContract(event, "StockReleased");
        assertThat(codec.data(event, StockReleased.class).getItems())
                .extracting(StockLine::getSku, StockLine::getQuantity)
                .containsExactly(tuple("MUG-BLUE", 2));
    }

    @Test
    void anOrderCancelledBeforeItWasReservedEmitsNothing() {
        assertThat(events.of(Reservation.cancelledBeforeReserved("ord-1", CAUSE)))
                .isEmpty();
    }

    private void assertFollowsTheContract(EventEnvelope event, String detailType) {
        assertThat(validator.validateEnvelope(codec.write(event))).isEmpty();
        assertThat(event.detailType()).isEqualTo(detailType);
        assertThat(event.source()).isEqualTo("shop.inventory");
        assertThat(event.detail().metadata().correlationId()).isEqualTo("ord-1");
        assertThat(event.detail().metadata().causationId()).isEqualTo(CAUSE.eventId());
        assertThat(event.detail().metadata().traceHeader()).isEqualTo(TRACE_HEADER);
        assertThat(codec.data(event, Map.class)).containsEntry("orderId", "ord-1");
    }
}
