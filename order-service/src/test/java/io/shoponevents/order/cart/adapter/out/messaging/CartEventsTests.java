package io.shoponevents.order.cart.adapter.out.messaging;

import static io.shoponevents.order.cart.domain.CartBuilder.aCart;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.data.CartItemAdded;
import io.shoponevents.events.data.CartItemRemoved;
import io.shoponevents.order.cart.domain.Cart;
import io.shoponevents.order.cart.domain.CartItem;
import io.shoponevents.order.shared.adapter.out.messaging.Envelopes;
import io.shoponevents.order.shared.domain.Money;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class CartEventsTests {

    private static final EventValidator validator = new EventValidator();
    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());
    private final CartEvents events = new CartEvents(new Envelopes(codec, validator));

    @Test
    void addingAnItemEmitsCartItemAddedWithTheQuantityPutIn() {
        Cart cart = aCart().withItem("MUG-BLUE", 2, "12.50").build();

        EventEnvelope envelope = events.of(cart.add(new CartItem("MUG-BLUE", 3, Money.of("12.50", "EUR"))));

        assertThat(envelope.detailType()).isEqualTo("CartItemAdded");
        assertThat(validator.validateEnvelope(codec.write(envelope))).isEmpty();
        assertThat(envelope.detail().metadata().correlationId()).isEqualTo(cart.id());
        CartItemAdded added = codec.data(envelope, CartItemAdded.class);
        assertThat(added.getQuantity()).isEqualTo(3);
        assertThat(added.getCustomerId()).isEqualTo("cust-1042");
        assertThat(added.getUnitPrice().getAmount()).isEqualByComparingTo("12.50");
    }

    @Test
    void removingAnItemEmitsCartItemRemoved() {
        Cart cart = aCart().withTheExampleItems().build();

        EventEnvelope envelope = events.of(cart.remove("TEE-M-BLACK"));

        assertThat(envelope.detailType()).isEqualTo("CartItemRemoved");
        assertThat(validator.validateEnvelope(codec.write(envelope))).isEmpty();
        assertThat(codec.data(envelope, CartItemRemoved.class).getSku()).isEqualTo("TEE-M-BLACK");
        assertThat(envelope.detail().metadata().correlationId()).isEqualTo(cart.id());
    }
}
