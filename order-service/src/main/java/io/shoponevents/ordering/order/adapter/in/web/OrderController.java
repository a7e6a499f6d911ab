package io.shoponevents.ordering.order.adapter.in.web;

import io.shoponevents.ordering.order.application.OrderService;
import io.shoponevents.runtime.web.NotFoundResponse;
import io.shoponevents.runtime.web.ResourceIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders", description = "Orders and their way through the saga")
class OrderController {

    private final OrderService orders;

    OrderController(OrderService orders) {
        this.orders = orders;
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "An order: status, items, total and the history of its status changes")
    @NotFoundResponse("No order with this id")
    OrderResponse get(
            @PathVariable @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String orderId) {
        return OrderResponse.of(orders.get(orderId));
    }

    @GetMapping
    @Operation(summary = "A customer's orders, newest first")
    List<OrderResponse> ofCustomer(@RequestParam @Size(min = 1, max = 64) String customerId) {
        return orders.ofCustomer(customerId).stream().map(OrderResponse::of).toList();
    }

    @PostMapping("/{orderId}/cancel")
    @NotFoundResponse("No order with this id")
    @Operation(
            summary = "Cancel a PENDING or CONFIRMED order (emits OrderCancelled)",
            description = "409 for an order in any other status.")
    OrderResponse cancel(
            @PathVariable @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String orderId,
            @Valid @RequestBody(required = false) CancelRequest request) {
        return OrderResponse.of(orders.cancel(orderId, request == null ? null : request.reason()));
    }
}
