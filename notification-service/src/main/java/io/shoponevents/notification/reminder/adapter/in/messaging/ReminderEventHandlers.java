package io.shoponevents.notification.reminder.adapter.in.messaging;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.data.CartItemAdded;
import io.shoponevents.events.data.CartItemRemoved;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.notification.reminder.application.CartActivityService;
import io.shoponevents.runtime.consume.CausingEvents;
import org.springframework.stereotype.Component;

/** The cart events a reminder depends on: items in and out, and the checkout that ends it. */
@Component
public class ReminderEventHandlers {

    private final CartActivityService carts;

    ReminderEventHandlers(CartActivityService carts) {
        this.carts = carts;
    }

    public void onCartItemAdded(CartItemAdded added, EventEnvelope envelope) {
        carts.itemAdded(
                added.getCartId(),
                added.getCustomerId(),
                added.getEmail(),
                added.getSku(),
                envelope.time(),
                CausingEvents.of(envelope));
    }

    public void onCartItemRemoved(CartItemRemoved removed, EventEnvelope envelope) {
        carts.itemRemoved(
                removed.getCartId(),
                removed.getCustomerId(),
                removed.getEmail(),
                removed.getSku(),
                envelope.time(),
                CausingEvents.of(envelope));
    }

    public void onOrderPlaced(OrderPlaced order, EventEnvelope envelope) {
        carts.checkedOut(order.getCartId(), CausingEvents.of(envelope));
    }

    public void onOrderPlacedV2(io.shoponevents.events.data.v2.OrderPlaced order, EventEnvelope envelope) {
        carts.checkedOut(order.getCartId(), CausingEvents.of(envelope));
    }
}
