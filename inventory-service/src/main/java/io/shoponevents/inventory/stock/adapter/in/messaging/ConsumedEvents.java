package io.shoponevents.inventory.stock.adapter.in.messaging;

import io.shoponevents.events.EventValidator;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What arrives on {@code shop-inventory-events}, and which handler takes it: OrderPlaced in both schema versions, and
 * OrderCancelled.
 */
@Configuration(proxyBeanMethods = false)
class ConsumedEvents {

    @Bean
    EventDispatcher eventDispatcher(EventValidator validator, EnvelopeCodec codec, StockEventHandlers handlers) {
        return EventDispatcher.builder(validator, codec)
                .on(OrderPlaced.class, handlers::onOrderPlaced)
                .on(io.shoponevents.events.data.v2.OrderPlaced.class, handlers::onOrderPlaced)
                .on(OrderCancelled.class, handlers::onOrderCancelled)
                .build();
    }
}
