package io.shoponevents.notification.email.adapter.in.web;

import io.shoponevents.notification.email.application.NotificationService;
import io.shoponevents.runtime.domain.InvalidInput;
import io.shoponevents.runtime.web.ResourceIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "The emails sent to customers, by order or by customer")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "The notifications of an order or of a customer, oldest first: give exactly one of the two")
    List<NotificationResponse> find(
            @RequestParam(required = false) @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE)
                    String orderId,
            @RequestParam(required = false) @Size(min = 1, max = 64) String customerId) {
        boolean byOrder = StringUtils.hasText(orderId);
        boolean byCustomer = StringUtils.hasText(customerId);
        if (byOrder == byCustomer) {
            throw new InvalidInput(
                    List.of("orderId", "customerId"),
                    byOrder
                            ? "Give only one of orderId and customerId"
                            : "orderId or customerId is required: give exactly one of the two");
        }
        var found = byCustomer ? notifications.ofCustomer(customerId) : notifications.ofOrder(orderId);
        return found.stream().map(NotificationResponse::of).toList();
    }
}
