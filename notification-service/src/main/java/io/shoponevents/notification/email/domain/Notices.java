package io.shoponevents.notification.email.domain;

import io.shoponevents.runtime.domain.CausingEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The notice each customer-facing step of an order calls for. */
public final class Notices {

    private static final String NO_REASON = "none given";

    private Notices() {}

    public static Notice orderConfirmed(
            CausingEvent cause,
            String orderId,
            Recipient recipient,
            List<Line> items,
            Amount total,
            PostalAddress shippingAddress) {
        return notice(
                cause,
                orderId,
                recipient,
                EmailTemplate.ORDER_CONFIRMED,
                Map.of(
                        "orderId", orderId,
                        "items", TextFormat.lines(items),
                        "total", TextFormat.money(total),
                        "shippingAddress", TextFormat.address(shippingAddress)));
    }

    public static Notice orderRejected(CausingEvent cause, String orderId, Recipient recipient, String reason) {
        return notice(
                cause, orderId, recipient, EmailTemplate.ORDER_REJECTED, Map.of("orderId", orderId, "reason", reason));
    }

    /** @param reason null when none was given */
    public static Notice orderCancelled(CausingEvent cause, String orderId, Recipient recipient, String reason) {
        return notice(
                cause,
                orderId,
                recipient,
                EmailTemplate.ORDER_CANCELLED,
                Map.of("orderId", orderId, "reason", reason == null ? NO_REASON : reason));
    }

    public static Notice shipmentCreated(
            CausingEvent cause,
            String orderId,
            Recipient recipient,
            String shipmentId,
            List<Line> items,
            PostalAddress shippingAddress) {
        return notice(
                cause,
                orderId,
                recipient,
                EmailTemplate.SHIPMENT_CREATED,
                Map.of(
                        "orderId",
                        orderId,
                        "shipmentId",
                        shipmentId,
                        "items",
                        TextFormat.lines(items),
                        "shippingAddress",
                        TextFormat.address(shippingAddress)));
    }

    public static Notice shipmentDispatched(
            CausingEvent cause, String orderId, Recipient recipient, String shipmentId, Instant dispatchedAt) {
        return notice(
                cause,
                orderId,
                recipient,
                EmailTemplate.SHIPMENT_DISPATCHED,
                Map.of(
                        "orderId", orderId,
                        "shipmentId", shipmentId,
                        "dispatchedAt", TextFormat.instant(dispatchedAt)));
    }

    public static Notice shipmentDelivered(
            CausingEvent cause, String orderId, Recipient recipient, String shipmentId, Instant deliveredAt) {
        return notice(
                cause,
                orderId,
                recipient,
                EmailTemplate.SHIPMENT_DELIVERED,
                Map.of(
                        "orderId", orderId,
                        "shipmentId", shipmentId,
                        "deliveredAt", TextFormat.instant(deliveredAt)));
    }

    /** @param reason null when none was given */
    public static Notice shipmentCancelled(
            CausingEvent cause, String orderId, Recipient recipient, String shipmentId, String reason) {
        return notice(
                cause,
                orderId,
                recipient,
                EmailTemplate.SHIPMENT_CANCELLED,
                Map.of(
                        "orderId", orderId,
                        "shipmentId", shipmentId,
                        "reason", reason == null ? NO_REASON : reason));
    }

    /** The reminder of a cart left with items: {@code skus} are what it still holds. */
    public static RenderedEmail cartReminder(String cartId, List<String> skus) {
        return EmailTemplate.CART_REMINDER.render(Map.of(
                "cartId",
                cartId,
                "items",
                String.join("\n", skus.stream().map(sku -> "  " + sku).toList())));
    }

    private static Notice notice(
            CausingEvent cause,
            String orderId,
            Recipient recipient,
            EmailTemplate template,
            Map<String, String> fields) {
        return new Notice(
                cause.eventId(),
                cause.eventType(),
                orderId,
                recipient.customerId(),
                recipient.email(),
                template,
                fields);
    }
}
