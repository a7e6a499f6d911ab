package io.shoponevents.notification.email.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One plain-text email per customer-facing event; {@code {name}} placeholders are filled from the event's fields. */
public enum EmailTemplate {
    ORDER_CONFIRMED("order-confirmed", "Your order {orderId} is confirmed", """
            Hello,

            thank you for your order {orderId}. Everything in it is reserved for you:
            {items}
            Total: {total}

            We will ship it to:
            {shippingAddress}
            """),
    ORDER_REJECTED("order-rejected", "We could not accept your order {orderId}", """
            Hello,

            we are sorry: we could not accept your order {orderId}.
            Reason: {reason}

            You have not been charged.
            """),
    ORDER_CANCELLED("order-cancelled", "Your order {orderId} is cancelled", """
            Hello,

            your order {orderId} is cancelled.
            Reason: {reason}
            """),
    SHIPMENT_CREATED("shipment-created", "Your order {orderId} is being prepared", """
            Hello,

            we are packing your order {orderId} (shipment {shipmentId}):
            {items}

            It will go to:
            {shippingAddress}
            """),
    SHIPMENT_DISPATCHED("shipment-dispatched", "Your order {orderId} is on its way", """
            Hello,

            your order {orderId} left our warehouse on {dispatchedAt} (shipment {shipmentId}).
            """),
    SHIPMENT_DELIVERED("shipment-delivered", "Your order {orderId} has been delivered", """
            Hello,

            your order {orderId} was delivered on {deliveredAt} (shipment {shipmentId}). Enjoy!
            """),
    SHIPMENT_CANCELLED("shipment-cancelled", "The shipment of your order {orderId} was cancelled", """
            Hello,

            the shipment {shipmentId} of your order {orderId} was cancelled.
            Reason: {reason}
            """),
    CART_REMINDER("cart-reminder", "Your cart is waiting for you", """
            Hello,

            you left these in your cart {cartId}:
            {items}

            They are still there whenever you want to check out.
            """);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final String SIGNATURE = "\nShop on Events\n";

    private final String templateName;
    private final String subject;
    private final String body;

    EmailTemplate(String templateName, String subject, String body) {
        this.templateName = templateName;
        this.subject = subject;
        this.body = body;
    }

    public String templateName() {
        return templateName;
    }

    /** @throws IllegalArgumentException when a placeholder has no value: a bug in the caller */
    public RenderedEmail render(Map<String, String> fields) {
        return new RenderedEmail(fill(subject, fields), fill(body, fields) + SIGNATURE);
    }

    private String fill(String text, Map<String, String> fields) {
        return PLACEHOLDER.matcher(text).replaceAll(match -> {
            String value = fields.get(match.group(1));
            if (value == null) {
                throw new IllegalArgumentException("template " + templateName + " needs a value for " + match.group());
            }
            return Matcher.quoteReplacement(value);
        });
    }
}
