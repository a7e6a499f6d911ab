package io.shoponevents.notification.email.adapter.in.messaging;

import io.shoponevents.events.EventValidator;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderConfirmed;
import io.shoponevents.events.data.OrderRejected;
import io.shoponevents.events.data.ShipmentDelivered;
import io.shoponevents.events.data.ShipmentDispatched;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which handler takes which event on notification's queue. */
@Configuration(proxyBeanMethods = false)
class ConsumedEvents {

    @Bean
    EventDispatcher eventDispatcher(EventValidator validator, EnvelopeCodec codec, EmailEventHandlers emails) {
        return EventDispatcher.builder(validator, codec)
                .on(OrderConfirmed.class, emails::onOrderConfirmed)
                .on(OrderRejected.class, emails::onOrderRejected)
                .on(OrderCancelled.class, emails::onOrderCancelled)
                .on(ShipmentDispatched.class, emails::onShipmentDispatched)
                .on(ShipmentDelivered.class, emails::onShipmentDelivered)
                .build();
    }
}
