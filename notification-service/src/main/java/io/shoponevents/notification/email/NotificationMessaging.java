package io.shoponevents.notification.email;

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

/**
 * The events on notification's queue that email the customer. The others routed here (OrderPlaced, CartItemAdded,
 * CartItemRemoved, ShipmentCreated, ShipmentCancelled) have no handler: the runtime acknowledges them unhandled.
 */
@Configuration(proxyBeanMethods = false)
class NotificationMessaging {

    @Bean
    EventDispatcher eventDispatcher(EventValidator validator, EnvelopeCodec codec, CustomerEventHandlers handlers) {
        return EventDispatcher.builder(validator, codec)
                .on(OrderConfirmed.class, handlers::onOrderConfirmed)
                .on(OrderRejected.class, handlers::onOrderRejected)
                .on(OrderCancelled.class, handlers::onOrderCancelled)
                .on(ShipmentDispatched.class, handlers::onShipmentDispatched)
                .on(ShipmentDelivered.class, handlers::onShipmentDelivered)
                .build();
    }
}
