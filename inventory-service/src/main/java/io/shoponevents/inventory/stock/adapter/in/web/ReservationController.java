package io.shoponevents.inventory.stock.adapter.in.web;

import io.shoponevents.inventory.stock.application.ReservationService;
import io.shoponevents.runtime.domain.NotFound;
import io.shoponevents.runtime.web.NotFoundResponse;
import io.shoponevents.runtime.web.ResourceIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Reservations", description = "What the inventory holds for each order")
@RestController
class ReservationController {

    private final ReservationService reservations;

    ReservationController(ReservationService reservations) {
        this.reservations = reservations;
    }

    @Operation(summary = "The reservation of one order: RESERVED, RELEASED or FAILED (with its shortages)")
    @GetMapping("/api/reservations/{orderId}")
    @NotFoundResponse("No reservation for this order (yet)")
    ReservationResponse reservationOf(
            @PathVariable("orderId") @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE)
                    String orderId) {
        return reservations
                .find(orderId)
                .map(ReservationResponse::of)
                .orElseThrow(() -> new NotFound("Reservation of order", orderId));
    }
}
