package io.shoponevents.storefront.order;

import io.shoponevents.events.topology.Topology;
import io.shoponevents.storefront.api.Api.Order;
import io.shoponevents.storefront.api.Api.ServiceJourney;
import io.shoponevents.storefront.api.ShopClient;
import io.shoponevents.storefront.journey.JourneyAssembler;
import io.shoponevents.storefront.journey.JourneyDiagram;
import io.shoponevents.storefront.journey.OrderJourney;
import io.shoponevents.storefront.journey.Routes;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads an order and its journey from the services' APIs and puts the page together. */
@Component
class OrderPages {

    private final ShopClient shop;
    private final JourneyAssembler assembler = new JourneyAssembler(new Routes(Topology.standard()));

    OrderPages(ShopClient shop) {
        this.shop = shop;
    }

    OrderPage load(String orderId) {
        Order order = shop.order(orderId);
        List<String> unreachable = new ArrayList<>();
        List<ServiceJourney> journeys = shop.journeys(orderId, unreachable);
        OrderJourney journey =
                assembler.assemble(orderId, journeys, order.history(), shop.notifications(orderId), unreachable);
        return new OrderPage(order, shop.shipments(orderId), journey, JourneyDiagram.of(journey));
    }
}
