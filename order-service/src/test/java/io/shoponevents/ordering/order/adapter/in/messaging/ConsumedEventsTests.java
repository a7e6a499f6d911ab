package io.shoponevents.ordering.order.adapter.in.messaging;

import io.shoponevents.events.EventValidator;
import io.shoponevents.events.ServiceName;
import io.shoponevents.ordering.order.application.OrderProgressService;
import io.shoponevents.ordering.testing.InMemoryCartRepository;
import io.shoponevents.ordering.testing.InMemoryOrderRepository;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.runtime.testing.ServiceTemplate;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsumedEventsTests {

    @Test
    void handlesExactlyTheEventsTheCatalogRoutesToOrder() {
        EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());
        InMemoryOrderRepository orders = new InMemoryOrderRepository(
                new InMemoryCartRepository(change -> Optional.empty()), change -> Optional.empty());
        OrderEventHandlers handlers = new OrderEventHandlers(new OrderProgressService(orders, Clock.systemUTC()));

        ServiceTemplate.assertHandlesWhatTheCatalogRoutesTo(
                ServiceName.ORDER, new ConsumedEvents().orderEventDispatcher(new EventValidator(), codec, handlers));
    }
}
