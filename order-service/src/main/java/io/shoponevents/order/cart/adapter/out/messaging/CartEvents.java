package io.shoponevents.order.cart.adapter.out.messaging;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.data.CartItemAdded;
import io.shoponevents.events.data.CartItemRemoved;
import io.shoponevents.order.cart.domain.Cart;
import io.shoponevents.order.cart.domain.CartChange;
import io.shoponevents.order.shared.adapter.out.messaging.Envelopes;
import io.shoponevents.order.shared.adapter.out.messaging.EventMoney;
import org.springframework.stereotype.Component;

/** Maps a cart change to the contract's event, correlated by the cart id. */
@Component
public class CartEvents {

    private final Envelopes envelopes;

    public CartEvents(Envelopes envelopes) {
        this.envelopes = envelopes;
    }

    public EventEnvelope of(CartChange change) {
        Cart cart = change.cart();
        if (change instanceof CartChange.ItemAdded added) {
            return envelopes.wrap(
                    EventType.CART_ITEM_ADDED,
                    CartItemAdded.builder()
                            .withCartId(cart.id())
                            .withCustomerId(cart.customerId())
                            .withSku(added.added().sku())
                            .withQuantity(added.added().quantity())
                            .withUnitPrice(EventMoney.of(added.added().unitPrice()))
                            .build(),
                    cart.id(),
                    null);
        }
        CartChange.ItemRemoved removed = (CartChange.ItemRemoved) change;
        return envelopes.wrap(
                EventType.CART_ITEM_REMOVED,
                CartItemRemoved.builder()
                        .withCartId(cart.id())
                        .withCustomerId(cart.customerId())
                        .withSku(removed.removed().sku())
                        .build(),
                cart.id(),
                null);
    }
}
