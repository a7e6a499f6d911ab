package io.shoponevents.ordering.order.adapter.in.messaging;

import io.shoponevents.events.EventValidator;
import io.shoponevents.events.data.ShipmentDelivered;
import io.shoponevents.events.data.ShipmentDispatched;
import io.shoponevents.events.data.StockReservationFailed;
import io.shoponevents.events.data.StockReserved;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the service reads from its queue {@code shop-order-events}, and which handler takes each event. */
@Configuration(proxyBeanMethods = false)
class ConsumedEvents {

    @Bean
    EventDispatcher orderEventDispatcher(EventValidator validator, EnvelopeCodec codec, OrderEventHandlers handlers) {
        return EventDispatcher.builder(validator, codec)
                .on(StockReserved.class, handlers::onStockReserved)
                .on(StockReservationFailed.class, handlers::onStockReservationFailed)
                .on(ShipmentDispatched.class, handlers::onShipmentDispatched)
                .on(ShipmentDelivered.class, handlers::onShipmentDelivered)
                .build();
    }
}
