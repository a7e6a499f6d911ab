package io.shoponevents.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.inventory.domain.LineItem;
import io.shoponevents.inventory.domain.Reservation;
import io.shoponevents.inventory.domain.ReservationStatus;
import io.shoponevents.inventory.domain.Shortage;
import io.shoponevents.inventory.domain.StockLevel;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservationServiceTests {

    private final InMemoryInventory inventory = new InMemoryInventory();
    private final ReservationService reservations =
            new ReservationService(inventory, inventory.stockLevels, new NamedEvents());

    @Test
    void reservesStockWhenOrderPlaced() {
        stock("MUG-BLUE", 5);
        stock("TEE-M-BLACK", 1);
        Cause placed = cause();

        reservations.reserve(new ReserveStock("ord-1", List.of(line("MUG-BLUE", 2), line("TEE-M-BLACK", 1)), placed));

        assertThat(inventory.stock.values())
                .containsExactly(new StockLevel("MUG-BLUE", 3, 2), new StockLevel("TEE-M-BLACK", 0, 1));
        assertThat(reservations.find("ord-1")).map(Reservation::status).contains(ReservationStatus.RESERVED);
        assertThat(inventory.emitted).singleElement().satisfies(event -> {
            assertThat(event.detailType()).isEqualTo("StockReserved");
            assertThat(event.detail().metadata().correlationId()).isEqualTo("ord-1");
            assertThat(event.detail().metadata().causationId()).isEqualTo(placed.eventId());
            assertThat(event.detail().metadata().traceHeader()).isEqualTo(placed.traceHeader());
        });
    }

    @Test
    void failsWholeReservationWhenOneLineIsShort() {
        stock("MUG-BLUE", 5);
        stock("TEE-M-BLACK", 0);

        reservations.reserve(new ReserveStock("ord-1", List.of(line("MUG-BLUE", 2), line("TEE-M-BLACK", 1)), cause()));

        assertThat(inventory.stock.values())
                .containsExactly(new StockLevel("MUG-BLUE", 5, 0), new StockLevel("TEE-M-BLACK", 0, 0));
        assertThat(reservations.find("ord-1")).hasValueSatisfying(failed -> {
            assertThat(failed.status()).isEqualTo(ReservationStatus.FAILED);
            assertThat(failed.shortages()).containsExactly(new Shortage("TEE-M-BLACK", 1, 0));
        });
        assertThat(inventory.emitted).extracting(EventEnvelope::detailType).containsExactly("StockReservationFailed");
    }

    @Test
    void anUnknownSkuHasNothingAvailable() {
        reservations.reserve(new ReserveStock("ord-1", List.of(line("CAP-RED", 1)), cause()));

        assertThat(reservations.find("ord-1"))
                .map(Reservation::shortages)
                .contains(List.of(new Shortage("CAP-RED", 1, 0)));
    }

    @Test
    void retriesInsteadOfFailingWhenNoLineIsShortOnceStockIsReadAgain() {
        stock("MUG-BLUE", 1);
        inventory.afterNextConflict(() -> inventory.setAvailable("MUG-BLUE", 2));
        ReserveStock command = new ReserveStock("ord-1", List.of(line("MUG-BLUE", 2)), cause());

        assertThatExceptionOfType(RetryLaterException.class).isThrownBy(() -> reservations.reserve(command));
        assertThat(reservations.find("ord-1")).isEmpty();
        assertThat(inventory.emitted).isEmpty();
        assertThat(inventory.inbox).isEmpty();

        reservations.reserve(command);

        assertThat(reservations.find("ord-1")).map(Reservation::status).contains(ReservationStatus.RESERVED);
        assertThat(inventory.stock.get("MUG-BLUE")).isEqualTo(new StockLevel("MUG-BLUE", 0, 2));
    }

    @Test
    void redeliveredOrderPlacedReservesOnce() {
        stock("MUG-BLUE", 5);
        ReserveStock command = new ReserveStock("ord-1", List.of(line("MUG-BLUE", 2)), cause());

        reservations.reserve(command);
        reservations.reserve(command);

        assertThat(inventory.stock.get("MUG-BLUE")).isEqualTo(new StockLevel("MUG-BLUE", 3, 2));
        assertThat(inventory.emitted).hasSize(1);
    }

    @Test
    void aSecondOrderPlacedForTheSameOrderTakesNoMoreStock() {
        stock("MUG-BLUE", 5);
        Cause second = cause();

        reservations.reserve(new ReserveStock("ord-1", List.of(line("MUG-BLUE", 2)), cause()));
        reservations.reserve(new ReserveStock("ord-1", List.of(line("MUG-BLUE", 2)), second));

        assertThat(inventory.stock.get("MUG-BLUE")).isEqualTo(new StockLevel("MUG-BLUE", 3, 2));
        assertThat(inventory.emitted).hasSize(1);
        assertThat(inventory.inbox).contains(second.eventId());
    }

    @Test
    void releasesStockWhenOrderCancelled() {
        stock("MUG-BLUE", 5);
        reservations.reserve(new ReserveStock("ord-1", List.of(line("MUG-BLUE", 2)), cause()));

        reservations.release(new ReleaseStock("ord-1", cause()));

        assertThat(inventory.stock.get("MUG-BLUE")).isEqualTo(new StockLevel("MUG-BLUE", 5, 0));
        assertThat(reservations.find("ord-1")).map(Reservation::status).contains(ReservationStatus.RELEASED);
        assertThat(inventory.emitted)
                .extracting(EventEnvelope::detailType)
                .containsExactly("StockReserved", "StockReleased");
    }

    @Test
    void cancellingAnOrderWhoseReservationFailedOnlyRecordsTheEvent() {
        reservations.reserve(new ReserveStock("ord-1", List.of(line("MUG-BLUE", 2)), cause()));
        Cause cancelled = cause();

        reservations.release(new ReleaseStock("ord-1", cancelled));

        assertThat(reservations.find("ord-1")).map(Reservation::status).contains(ReservationStatus.FAILED);
        assertThat(inventory.emitted).extracting(EventEnvelope::detailType).containsExactly("StockReservationFailed");
        assertThat(inventory.inbox).contains(cancelled.eventId());
    }

    @Test
    void anOrderCancelledBeforeItsOrderPlacedArrivesTakesNoStock() {
        stock("MUG-BLUE", 5);

        reservations.release(new ReleaseStock("ord-1", cause()));
        reservations.reserve(new ReserveStock("ord-1", List.of(line("MUG-BLUE", 2)), cause()));

        assertThat(inventory.stock.get("MUG-BLUE")).isEqualTo(new StockLevel("MUG-BLUE", 5, 0));
        assertThat(reservations.find("ord-1")).map(Reservation::status).contains(ReservationStatus.RELEASED);
        assertThat(inventory.emitted).isEmpty();
    }

    private void stock(String sku, int available) {
        inventory.setAvailable(sku, available);
    }

    private static LineItem line(String sku, int quantity) {
        return new LineItem(sku, quantity);
    }

    private static Cause cause() {
        return new Cause(UUID.randomUUID().toString(), "Root=1-6740a1b2-3c4d5e6f708192a3b4c5d6e7;Sampled=1");
    }

    /** Envelopes that carry only the order id: these tests are about which event, not its fields. */
    private static final class NamedEvents implements ReservationEvents {

        private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());

        @Override
        public EventEnvelope stockReserved(Reservation reserved, Cause cause) {
            return wrap(EventType.STOCK_RESERVED, reserved, cause);
        }

        @Override
        public EventEnvelope reservationFailed(Reservation failed, Cause cause) {
            return wrap(EventType.STOCK_RESERVATION_FAILED, failed, cause);
        }

        @Override
        public EventEnvelope stockReleased(Reservation released, Cause cause) {
            return wrap(EventType.STOCK_RELEASED, released, cause);
        }

        private EventEnvelope wrap(EventType type, Reservation reservation, Cause cause) {
            return codec.wrap(
                    type,
                    Map.of("orderId", reservation.orderId()),
                    reservation.orderId(),
                    cause.eventId(),
                    cause.traceHeader());
        }
    }
}
