package io.shoponevents.inventory.stock.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shoponevents.inventory.stock.domain.Reservation;
import io.shoponevents.inventory.stock.domain.ReservationStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The reservation of one order as the API shows it; {@code reason} and {@code shortages} appear only when it failed
 * (or, for {@code reason}, when it never held anything). Named {@code ReservationView} in the API document, as it always
 * was.
 */
@Schema(name = "ReservationView")
record ReservationResponse(
        String orderId,
        ReservationStatus status,
        List<Line> lines,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Shortage> shortages) {

    record Line(String sku, int quantity) {}

    record Shortage(String sku, int requested, int available) {}

    static ReservationResponse of(Reservation reservation) {
        return new ReservationResponse(
                reservation.orderId(),
                reservation.status(),
                reservation.lines().stream()
                        .map(line -> new Line(line.sku(), line.quantity()))
                        .toList(),
                reservation.reason(),
                reservation.shortages().stream()
                        .map(shortage -> new Shortage(shortage.sku(), shortage.requested(), shortage.available()))
                        .toList());
    }
}
