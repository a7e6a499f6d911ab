package io.shoponevents.shipping.shipment.adapter.in.web;

import io.shoponevents.runtime.web.NotFoundResponse;
import io.shoponevents.runtime.web.ResourceIds;
import io.shoponevents.shipping.shipment.application.ShipmentService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
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

    private final ShipmentService shipments;

    ShipmentController(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @GetMapping
    @Operation(summary = "The shipments of an order")
    List<ShipmentResponse> byOrder(
            @RequestParam @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String orderId) {
        return shipments.shipmentsOf(orderId).stream().map(ShipmentResponse::of).toList();
    }

    @GetMapping("/{shipmentId}")
    @Operation(summary = "One shipment")
    @NotFoundResponse("No shipment with this id")
    ShipmentResponse byId(
            @PathVariable @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String shipmentId) {
        return ShipmentResponse.of(shipments.shipment(shipmentId));
    }

    @PostMapping("/{shipmentId}/dispatch")
    @NotFoundResponse("No shipment with this id")
    @Operation(summary = "Hand a CREATED shipment to the carrier (emits ShipmentDispatched); 409 otherwise")
    ShipmentResponse dispatch(
            @PathVariable @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String shipmentId) {
        return ShipmentResponse.of(shipments.dispatch(shipmentId));
    }

    @PostMapping("/{shipmentId}/deliver")
    @NotFoundResponse("No shipment with this id")
    @Operation(summary = "Record the delivery of a DISPATCHED shipment (emits ShipmentDelivered); 409 otherwise")
    ShipmentResponse deliver(
            @PathVariable @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String shipmentId) {
        return ShipmentResponse.of(shipments.deliver(shipmentId));
    }
}
