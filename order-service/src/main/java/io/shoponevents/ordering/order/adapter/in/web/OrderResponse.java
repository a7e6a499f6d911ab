package io.shoponevents.ordering.order.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shoponevents.ordering.money.adapter.in.web.MoneyJson;
import io.shoponevents.ordering.order.domain.Order;
import io.shoponevents.ordering.order.domain.OrderLine;
import io.shoponevents.ordering.order.domain.OrderStatus;
import io.shoponevents.ordering.order.domain.StatusChange;
import java.time.Instant;
import java.util.List;

/** An order as the API shows it, with the history of its status changes and the event behind each. */
record OrderResponse(
        String orderId,
        String cartId,
        String customerId,
        String email,
        OrderStatus status,
        List<Line> items,
        MoneyJson total,
        AddressJson shippingAddress,
        Instant placedAt,
        List<HistoryEntry> history) {

    record Line(String sku, int quantity, MoneyJson unitPrice, MoneyJson lineTotal) {

        static Line of(OrderLine line) {
            return new Line(
                    line.sku(), line.quantity(), MoneyJson.of(line.unitPrice()), MoneyJson.of(line.lineTotal()));
        }
    }

    /** {@code eventId} and {@code eventType} are null where a customer's request made the change. */
    record HistoryEntry(
            OrderStatus status,
            Instant at,
            String eventId,
            String eventType,
            @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

        static HistoryEntry of(StatusChange change) {
            return new HistoryEntry(
                    change.status(), change.at(), change.eventId(), change.eventType(), change.reason());
        }
    }

    static OrderResponse of(Order order) {
        return new OrderResponse(
                order.id(),
                order.cartId(),
                order.customerId(),
                order.email(),
                order.status(),
                order.lines().stream().map(Line::of).toList(),
                MoneyJson.of(order.total()),
                AddressJson.of(order.shippingAddress()),
                order.placedAt(),
                order.history().stream().map(HistoryEntry::of).toList());
    }
}
