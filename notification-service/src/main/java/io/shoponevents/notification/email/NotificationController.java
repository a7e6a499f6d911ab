package io.shoponevents.notification.email;

import io.shoponevents.runtime.web.ResourceIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.StringUtils;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "The emails sent to customers, by order or by customer")
class NotificationController {

    private final NotificationRepository notifications;

    NotificationController(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "The notifications of an order or of a customer, oldest first: give exactly one of the two")
    List<NotificationView> find(
            @RequestParam(required = false) @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE)
                    String orderId,
            @RequestParam(required = false) @Size(min = 1, max = 64) String customerId) {
        boolean byOrder = StringUtils.hasText(orderId);
        boolean byCustomer = StringUtils.hasText(customerId);
        if (byOrder == byCustomer) {
            throw exactlyOneParameter(
                    byOrder ? "Give only one of orderId and customerId" : "orderId or customerId is required");
        }
        if (byCustomer) {
            return notifications.findByCustomerId(customerId).stream()
                    .map(NotificationView::of)
                    .toList();
        }
        try (var order = MDC.putCloseable("orderId", orderId)) {
            return notifications.findByOrderId(orderId).stream()
                    .map(NotificationView::of)
                    .toList();
        }
    }

    private static ErrorResponseException exactlyOneParameter(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        String message = "give exactly one of orderId and customerId";
        problem.setProperty(
                "errors",
                List.of(
                        Map.of("field", "orderId", "message", message),
                        Map.of("field", "customerId", "message", message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
