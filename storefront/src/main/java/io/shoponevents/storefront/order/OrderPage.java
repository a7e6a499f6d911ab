package io.shoponevents.storefront.order;

import io.shoponevents.storefront.api.Api.Order;
import io.shoponevents.storefront.api.Api.Shipment;
import io.shoponevents.storefront.journey.JourneyDiagram;
import io.shoponevents.storefront.journey.OrderJourney;
import java.util.List;
import java.util.Set;

/** Everything the order page shows: the order, its shipment, and its journey as steps and as a diagram. */
public record OrderPage(Order order, List<Shipment> shipments, OrderJourney journey, JourneyDiagram diagram) {

    private static final Set<String> FINAL = Set.of("DELIVERED", "REJECTED", "CANCELLED");
    private static final Set<String> CANCELLABLE = Set.of("PENDING", "CONFIRMED");

    /** Nothing more will happen: the order reached a final status and every event reached its consumers. */
    public boolean settled() {
        return FINAL.contains(order.status()) && !journey.waiting();
    }

    public boolean cancellable() {
        return CANCELLABLE.contains(order.status());
    }

    /** The shipment the warehouse can dispatch, or the carrier deliver, next. */
    public Shipment shipmentIn(String status) {
        return shipments.stream()
                .filter(shipment -> status.equals(shipment.status()))
                .findFirst()
                .orElse(null);
    }
}
