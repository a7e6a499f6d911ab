package io.shoponevents.shipping.shipment.adapter.in.messaging;

import io.shoponevents.events.EventValidator;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderConfirmed;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which handler takes which event on shipping's queue; the runtime's listener hands every message to this dispatcher. */
@Configuration(proxyBeanMethods = false)
class ConsumedEvents {

    @Bean
    EventDispatcher eventDispatcher(EventValidator validator, EnvelopeCodec codec, OrderEventHandlers handlers) {
        return EventDispatcher.builder(validator, codec)
                .on(OrderConfirmed.class, handlers::onOrderConfirmed)
                .on(OrderCancelled.class, handlers::onOrderCancelled)
                .build();
    }
}
