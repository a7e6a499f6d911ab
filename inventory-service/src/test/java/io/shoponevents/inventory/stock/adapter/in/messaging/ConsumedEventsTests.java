package io.shoponevents.inventory.stock.adapter.in.messaging;

import static org.mockito.Mockito.mock;

import io.shoponevents.events.EventValidator;
import io.shoponevents.events.ServiceName;
import io.shoponevents.inventory.stock.application.ReservationService;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.runtime.testing.ServiceTemplate;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class ConsumedEventsTests {

    @Test
    void handlesExactlyTheEventsTheCatalogRoutesToTheInventory() {
        var dispatcher = new ConsumedEvents()
                .eventDispatcher(
                        new EventValidator(),
                        new EnvelopeCodec(Clock.systemUTC()),
                        new StockEventHandlers(mock(ReservationService.class)));

        ServiceTemplate.assertHandlesWhatTheCatalogRoutesTo(ServiceName.INVENTORY, dispatcher);
    }
}
