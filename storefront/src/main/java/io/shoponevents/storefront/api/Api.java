package io.shoponevents.storefront.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The services' REST resources as the storefront reads them; fields it does not use are left out. */
public final class Api {

    private Api() {}

    public record Money(BigDecimal amount, String currency) {}

    public record Stock(String sku, int available, int reserved) {}

    public record Line(String sku, int quantity, Money unitPrice, Money lineTotal) {}

    public record Cart(String cartId, String customerId, String status, List<Line> items, Money total, String orderId) {

        public Cart {
            items = items == null ? List.of() : items;
        }
    }

    public record Address(String name, String line1, String city, String postalCode, String country) {}

    public record StatusChange(String status, Instant at, String eventId, String eventType, String reason) {}

    public record Order(
            String orderId,
            String cartId,
            String customerId,
            String email,
            String status,
            List<Line> items,
            Money total,
            Address shippingAddress,
            Instant placedAt,
            List<StatusChange> history) {

        public Order {
            items = items == null ? List.of() : items;
            history = history == null ? List.of() : history;
        }
    }

    public record Shipment(String shipmentId, String orderId, String status) {}

    public record Notification(String subject, String recipient, String eventId, String eventType, Instant sentAt) {}

    public record JourneyEvent(
            String eventId,
            String detailType,
            String source,
            String correlationId,
            String causationId,
            String direction,
            Instant time,
            Instant publishedAt,
            String reason) {}

    public record ServiceJourney(String service, String correlationId, List<JourneyEvent> events) {

        public ServiceJourney {
            events = events == null ? List.of() : events;
        }
    }
}
