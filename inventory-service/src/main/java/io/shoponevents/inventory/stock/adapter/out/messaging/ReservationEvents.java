package io.shoponevents.inventory.stock.adapter.out.messaging;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.data.Shortage;
import io.shoponevents.events.data.StockLine;
import io.shoponevents.events.data.StockReleased;
import io.shoponevents.events.data.StockReservationFailed;
import io.shoponevents.events.data.StockReserved;
import io.shoponevents.inventory.stock.domain.Reservation;
import io.shoponevents.inventory.stock.domain.ReservationChange;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A reservation's change as the event it emits, in the contract's types, correlated with the order and caused by the
 * consumed event. An order cancelled before it was reserved emits nothing.
 */
@Component
public class ReservationEvents {

    private final EnvelopeCodec codec;

    public ReservationEvents(EnvelopeCodec codec) {
        this.codec = codec;
    }

    public Optional<EventEnvelope> of(ReservationChange change) {
        Reservation reservation = change.reservation();
        if (change instanceof ReservationChange.Reserved) {
            return Optional.of(wrap(EventType.STOCK_RESERVED, stockReserved(reservation), change));
        }
        if (change instanceof ReservationChange.Failed) {
            return Optional.of(wrap(EventType.STOCK_RESERVATION_FAILED, reservationFailed(reservation), change));
        }
        if (change instanceof ReservationChange.Released) {
            return Optional.of(wrap(EventType.STOCK_RELEASED, stockReleased(reservation), change));
        }
        return Optional.empty();
    }

    private static StockReserved stockReserved(Reservation reserved) {
        return StockReserved.builder()
                .withOrderId(reserved.orderId())
                .withItems(stockLines(reserved))
                .build();
    }

    private static StockReservationFailed reservationFailed(Reservation failed) {
        return StockReservationFailed.builder()
                .withOrderId(failed.orderId())
                .withReason(failed.reason())
                .withShortages(failed.shortages().stream()
                        .map(shortage -> (Shortage) Shortage.builder()
                                .withSku(shortage.sku())
                                .withRequested(shortage.requested())
                                .withAvailable(shortage.available())
                                .build())
                        .toList())
                .build();
    }

    private static StockReleased stockReleased(Reservation released) {
        return StockReleased.builder()
                .withOrderId(released.orderId())
                .withItems(stockLines(released))
                .build();
    }

    private EventEnvelope wrap(EventType type, Object data, ReservationChange change) {
        return codec.wrap(
                type, data, change.reservation().orderId(), change.cause().eventId(), null);
    }

    private static List<StockLine> stockLines(Reservation reservation) {
        return reservation.lines().stream()
                .map(line -> (StockLine) StockLine.builder()
                        .withSku(line.sku())
                        .withQuantity(line.quantity())
                        .build())
                .toList();
    }
}
