package io.shoponevents.shipping.shipment;

import io.shoponevents.runtime.domain.NotFound;
import io.shoponevents.runtime.web.NotFoundResponse;
import io.shoponevents.runtime.web.ResourceIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/shipments")
@Tag(
        name = "Shipments",
        description = "Shipments of confirmed orders, dispatched by the warehouse and delivered by the carrier")
class ShipmentController {

    private final ShipmentRepository shipments;
    private final ShipmentProgress progress;

    ShipmentController(ShipmentRepository shipments, ShipmentProgress progress) {
        this.shipments = shipments;
        this.progress = progress;
    }

    @GetMapping
    @Operation(summary = "The shipments of an order")
    List<ShipmentView> byOrder(
            @RequestParam @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String orderId) {
        try (var order = MDC.putCloseable("orderId", orderId)) {
            return shipments.findByOrderId(orderId).stream()
                    .map(ShipmentView::of)
                    .toList();
        }
    }

    @GetMapping("/{shipmentId}")
    @Operation(summary = "One shipment")
    @NotFoundResponse("No shipment with this id")
    ShipmentView byId(
            @PathVariable @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String shipmentId) {
        return shipments
                .findById(shipmentId)
                .map(ShipmentView::of)
                .orElseThrow(() -> new NotFound("Shipment", shipmentId));
    }

    @PostMapping("/{shipmentId}/dispatch")
    @NotFoundResponse("No shipment with this id")
    @Operation(summary = "Hand a CREATED shipment to the carrier (emits ShipmentDispatched); 409 otherwise")
    ShipmentView dispatch(
            @PathVariable @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String shipmentId) {
        return ShipmentView.of(progress.dispatch(shipmentId));
    }

    @PostMapping("/{shipmentId}/deliver")
    @NotFoundResponse("No shipment with this id")
    @Operation(summary = "Record the delivery of a DISPATCHED shipment (emits ShipmentDelivered); 409 otherwise")
    ShipmentView deliver(
            @PathVariable @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String shipmentId) {
        return ShipmentView.of(progress.deliver(shipmentId));
    }
}
