package io.shoponevents.inventory.stock.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.inventory.stock.domain.LineItem;
import io.shoponevents.inventory.stock.domain.Reservation;
import io.shoponevents.inventory.stock.domain.ReservationStatus;
import io.shoponevents.inventory.stock.domain.Shortage;
import io.shoponevents.inventory.stock.domain.StockLevel;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.ConcurrentChange;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservationServiceTests {

    private final InMemoryInventory inventory = new InMemoryInventory();
    private final ReservationService reservations = new ReservationService(inventory, inventory.stockRepository);

    @Test
    void reservesStockWhenOrderPlaced() {
        stock("MUG-BLUE", 5);
        stock("TEE-M-BLACK", 1);
        CausingEvent placed = cause();

        reservations.reserve(new ReserveStock("ord-1", List.of(line("MUG-BLUE", 2), line("TEE-M-BLACK", 1)), placed));

        assertThat(inventory.stock.values())
                .containsExactly(new StockLevel("MUG-BLUE", 3, 2), new StockLevel("TEE-M-BLACK", 0, 1));
        assertThat(reservations.find("ord-1")).map(Reservation::status).contains(ReservationStatus.RESERVED);
        assertThat(inventory.emitted).singleElement().satisfies(event -> {
            assertThat(event.detailType()).isEqualTo("StockReserved");
            assertThat(event.detail().metadata().correlationId()).isEqualTo("ord-1");
            assertThat(event.detail().metadata().causationId()).isEqualTo(placed.eventId());
            assertThat(event.detail().metadata().traceHeader()).isEqualTo(InMemoryInventory.TRACE_HEADER);
        });
    }

    @Test
    void readsNothingWhenTheStockIsThere() {
        stock("MUG-BLUE", 5);

        reservations.reserve(new ReserveStock("ord-1", List.of(line("MUG-BLUE", 2)), cause()));

        assertThat(inventory.reads).isZero();
        assertThat(reservations.find("ord-1")).map(Reservation::status).contains(ReservationStatus.RESERVED);
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
    void decidesAgainInsteadOfFailingWhenStockArrivesBeforeTheFailureIsStored() {
        stock("MUG-BLUE", 1);
        inventory.beforeEverySave(() -> inventory.setAvailable("MUG-BLUE", 2));

        reservations.reserve(new ReserveStock("ord-1", List.of(line("MUG-BLUE", 2)), cause()));

        assertThat(reservations.find("ord-1")).map(Reservation::status).contains(ReservationStatus.RESERVED);
        assertThat(inventory.stock.get("MUG-BLUE")).isEqualTo(new StockLevel("MUG-BLUE", 0, 2));
        assertThat(inventory.emitted).extracting(EventEnvelope::detailType).containsExactly("StockReserved");
    }

    @Test
    void storesNothingAndLeavesTheEventToComeAgainWhileStockKeepsChanging() {
        stock("MUG-BLUE", 2);
        inventory.beforeEverySave(() -> inventory.setAvailable(
                "MUG-BLUE", inventory.stock.get("MUG-BLUE").available() == 1 ? 2 : 1));
        ReserveStock command = new ReserveStock("ord-1", List.of(line("MUG-BLUE", 2)), cause());

        assertThatExceptionOfType(ConcurrentChange.class).isThrownBy(() -> reservations.reserve(command));
        assertThat(reservations.find("ord-1")).isEmpty();
        assertThat(inventory.emitted).isEmpty();
        assertThat(inventory.inbox).isEmpty();

        inventory.beforeEverySave(() -> {});
        inventory.setAvailable("MUG-BLUE", 2);
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
        CausingEvent second = cause();

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
        CausingEvent cancelled = cause();

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

    private static CausingEvent cause() {
        return new CausingEvent(UUID.randomUUID().toString(), "OrderPlaced");
    }
}
