package io.shoponevents.inventory.stock.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.inventory.stock.application.ReleaseStock;
import io.shoponevents.inventory.stock.application.ReservationService;
import io.shoponevents.inventory.stock.application.ReserveStock;
import io.shoponevents.inventory.stock.domain.LineItem;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class StockEventHandlersTests {

    private final ReservationService reservations = mock(ReservationService.class);
    private final EventDispatcher dispatcher = new ConsumedEvents()
            .eventDispatcher(
                    new EventValidator(), new EnvelopeCodec(Clock.systemUTC()), new StockEventHandlers(reservations));

    @Test
    void reservesTheSameStockForOrderPlacedInEitherSchemaVersion() {
        dispatcher.dispatch(ExampleEvents.valid(EventType.ORDER_PLACED, 1));
        dispatcher.dispatch(ExampleEvents.valid(EventType.ORDER_PLACED, 2));

        ArgumentCaptor<ReserveStock> commands = ArgumentCaptor.forClass(ReserveStock.class);
        verify(reservations, times(2)).reserve(commands.capture());
        List<LineItem> lines = List.of(new LineItem("MUG-BLUE", 2), new LineItem("TEE-M-BLACK", 1));
        assertThat(commands.getAllValues())
                .containsExactly(
                        new ReserveStock(
                                "ord-7f3c2a91-4b6e-4d1a-9c2f-5e8b1a0d3c47",
                                lines,
                                new CausingEvent("0e7e0000-0000-4000-8000-000000000002", "OrderPlaced")),
                        new ReserveStock(
                                "ord-7f3c2a91-4b6e-4d1a-9c2f-5e8b1a0d3c47",
                                lines,
                                new CausingEvent("0e7e0000-0000-4000-8000-000000000102", "OrderPlaced")));
    }

    @Test
    void releasesTheStockOfACancelledOrder() {
        dispatcher.dispatch(ExampleEvents.valid(EventType.ORDER_CANCELLED, 1));

        verify(reservations)
                .release(new ReleaseStock(
                        "ord-7f3c2a91-4b6e-4d1a-9c2f-5e8b1a0d3c47",
                        new CausingEvent("0e7e0000-0000-4000-8000-000000000005", "OrderCancelled")));
    }
}
