package io.shoponevents.notification.email.adapter.in.messaging;

import io.shoponevents.events.EventValidator;
import io.shoponevents.events.data.CartItemAdded;
import io.shoponevents.events.data.CartItemRemoved;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderConfirmed;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.events.data.OrderRejected;
import io.shoponevents.events.data.ShipmentCancelled;
import io.shoponevents.events.data.ShipmentCreated;
import io.shoponevents.events.data.ShipmentDelivered;
import io.shoponevents.events.data.ShipmentDispatched;
import io.shoponevents.notification.reminder.adapter.in.messaging.ReminderEventHandlers;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which handler takes which event on notification's one queue: the steps of an order and its shipment each email the
 * customer; the cart events and the checkout (OrderPlaced, read in both its schema versions) decide a cart's reminder.
 * OrderPlaced sends no email of its own: the confirmation or rejection follows it within seconds.
 */
@Configuration(proxyBeanMethods = false)
class ConsumedEvents {

    @Bean
    EventDispatcher eventDispatcher(
            EventValidator validator, EnvelopeCodec codec, EmailEventHandlers emails, ReminderEventHandlers carts) {
        return EventDispatcher.builder(validator, codec)
                .on(CartItemAdded.class, carts::onCartItemAdded)
                .on(CartItemRemoved.class, carts::onCartItemRemoved)
                .on(OrderPlaced.class, carts::onOrderPlaced)
                .on(io.shoponevents.events.data.v2.OrderPlaced.class, carts::onOrderPlacedV2)
                .on(OrderConfirmed.class, emails::onOrderConfirmed)
                .on(OrderRejected.class, emails::onOrderRejected)
                .on(OrderCancelled.class, emails::onOrderCancelled)
                .on(ShipmentCreated.class, emails::onShipmentCreated)
                .on(ShipmentDispatched.class, emails::onShipmentDispatched)
                .on(ShipmentDelivered.class, emails::onShipmentDelivered)
                .on(ShipmentCancelled.class, emails::onShipmentCancelled)
                .build();
    }
}
