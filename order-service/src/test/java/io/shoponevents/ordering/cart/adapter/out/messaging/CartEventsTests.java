package io.shoponevents.ordering.cart.adapter.out.messaging;

import static io.shoponevents.ordering.cart.domain.CartBuilder.aCart;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.data.CartItemAdded;
import io.shoponevents.events.data.CartItemRemoved;
import io.shoponevents.ordering.cart.domain.Cart;
import io.shoponevents.ordering.cart.domain.CartItem;
import io.shoponevents.ordering.money.domain.Money;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CartEventsTests {

    private static final EventValidator validator = new EventValidator();
    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());
    private final CartEvents events = new CartEvents(codec);

    @Test
    void addingAnItemEmitsCartItemAddedWithTheQuantityPutIn() {
        Cart cart = aCart().withItem("MUG-BLUE", 2, "12.50").build();

        EventEnvelope envelope = events.of(cart.add(new CartItem("MUG-BLUE", 3, Money.of("12.50", "EUR"))))
                .orElseThrow();

        assertThat(envelope.detailType()).isEqualTo("CartItemAdded");
        assertThat(validator.validateEnvelope(codec.write(envelope))).isEmpty();
        assertThat(envelope.detail().metadata().correlationId()).isEqualTo(cart.id());
        CartItemAdded added = codec.data(envelope, CartItemAdded.class);
        assertThat(added.getQuantity()).isEqualTo(3);
        assertThat(added.getCustomerId()).isEqualTo("cust-1042");
        assertThat(added.getUnitPrice().getAmount()).isEqualByComparingTo("12.50");
        assertThat(added.getEmail()).isNull();
    }

    @Test
    void theEventsOfACartWithAnEmailCarryIt() {
        Cart cart = aCart().withEmail("ada@example.com").withTheExampleItems().build();

        EventEnvelope added = events.of(cart.add(new CartItem("LAMP", 1, Money.of("80.00", "EUR"))))
                .orElseThrow();
        EventEnvelope removed = events.of(cart.remove("MUG-BLUE")).orElseThrow();

        assertThat(validator.validateEnvelope(codec.write(added))).isEmpty();
        assertThat(validator.validateEnvelope(codec.write(removed))).isEmpty();
        assertThat(codec.data(added, CartItemAdded.class).getEmail()).isEqualTo("ada@example.com");
        assertThat(codec.data(removed, CartItemRemoved.class).getEmail()).isEqualTo("ada@example.com");
    }

    @Test
    void openingACartEmitsNothing() {
        assertThat(events.of(
                        Cart.open("cart-1", "cust-1042", "ada@example.com", Instant.parse("2026-11-22T10:00:00Z"))))
                .isEmpty();
    }

    @Test
    void removingAnItemEmitsCartItemRemoved() {
        Cart cart = aCart().withTheExampleItems().build();

        EventEnvelope envelope = events.of(cart.remove("TEE-M-BLACK")).orElseThrow();

        assertThat(envelope.detailType()).isEqualTo("CartItemRemoved");
        assertThat(validator.validateEnvelope(codec.write(envelope))).isEmpty();
        assertThat(codec.data(envelope, CartItemRemoved.class).getSku()).isEqualTo("TEE-M-BLACK");
        assertThat(envelope.detail().metadata().correlationId()).isEqualTo(cart.id());
    }
}
