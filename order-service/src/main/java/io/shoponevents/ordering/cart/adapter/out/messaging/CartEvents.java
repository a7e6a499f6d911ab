package io.shoponevents.ordering.cart.adapter.out.messaging;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.data.CartItemAdded;
import io.shoponevents.events.data.CartItemRemoved;
import io.shoponevents.ordering.cart.domain.Cart;
import io.shoponevents.ordering.cart.domain.CartChange;
import io.shoponevents.ordering.money.adapter.out.messaging.MoneyEvents;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Maps a cart change to the contract's event, correlated by the cart id; the customer's email rides along where the
 * cart has one, for reminders of a cart left behind. Opening a cart emits nothing.
 */
@Component
public class CartEvents {

    private final EnvelopeCodec codec;

    public CartEvents(EnvelopeCodec codec) {
        this.codec = codec;
    }

    public Optional<EventEnvelope> of(CartChange change) {
        Cart cart = change.cart();
        if (change instanceof CartChange.ItemAdded added) {
            return Optional.of(wrap(
                    EventType.CART_ITEM_ADDED,
                    CartItemAdded.builder()
                            .withCartId(cart.id())
                            .withCustomerId(cart.customerId())
                            .withEmail(cart.email().orElse(null))
                            .withSku(added.added().sku())
                            .withQuantity(added.added().quantity())
                            .withUnitPrice(MoneyEvents.of(added.added().unitPrice()))
                            .build(),
                    cart));
        }
        if (change instanceof CartChange.ItemRemoved removed) {
            return Optional.of(wrap(
                    EventType.CART_ITEM_REMOVED,
                    CartItemRemoved.builder()
                            .withCartId(cart.id())
                            .withCustomerId(cart.customerId())
                            .withEmail(cart.email().orElse(null))
                            .withSku(removed.removed().sku())
                            .build(),
                    cart));
        }
        return Optional.empty();
    }

    private EventEnvelope wrap(EventType type, Object data, Cart cart) {
        return codec.wrap(type, data, cart.id(), null, null);
    }
}
