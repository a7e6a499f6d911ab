package io.shoponevents.inventory.adapter.out.messaging;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.data.Shortage;
import io.shoponevents.events.data.StockLine;
import io.shoponevents.events.data.StockReleased;
import io.shoponevents.events.data.StockReservationFailed;
import io.shoponevents.events.data.StockReserved;
import io.shoponevents.inventory.application.Cause;
import io.shoponevents.inventory.application.ReservationEvents;
import io.shoponevents.inventory.domain.Reservation;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.util.List;
import org.springframework.stereotype.Component;

/** Maps reservations to the contract's event types, correlated with the order and caused by the consumed event. */
@Component
class ReservationEventMapper implements ReservationEvents {

    private final EnvelopeCodec codec;

    ReservationEventMapper(EnvelopeCodec codec) {
        this.codec = codec;
    }

    @Override
    public EventEnvelope stockReserved(Reservation reserved, Cause cause) {
        StockReserved data = StockReserved.builder()
                .withOrderId(reserved.orderId())
                .withItems(stockLines(reserved))
                .build();
        return wrap(EventType.STOCK_RESERVED, data, reserved, cause);
    }

    @Override
    public EventEnvelope reservationFailed(Reservation failed, Cause cause) {
        StockReservationFailed data = StockReservationFailed.builder()
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
        return wrap(EventType.STOCK_RESERVATION_FAILED, data, failed, cause);
    }

    @Override
    public EventEnvelope stockReleased(Reservation released, Cause cause) {
        StockReleased data = StockReleased.builder()
                .withOrderId(released.orderId())
                .withItems(stockLines(released))
                .build();
        return wrap(EventType.STOCK_RELEASED, data, released, cause);
    }

    private EventEnvelope wrap(EventType type, Object data, Reservation reservation, Cause cause) {
        return codec.wrap(type, data, reservation.orderId(), cause.eventId(), cause.traceHeader());
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
