package io.shoponevents.order.shared.adapter.out.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.events.data.v2.OrderPlaced;
import io.shoponevents.runtime.domain.InvalidInput;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** A producer that switches an event to a later schema version is checked against that version's schema. */
class EnvelopesTests {

    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());
    private final Envelopes envelopes = new Envelopes(codec, new EventValidator());

    private final OrderPlaced placedV2 =
            codec.data(codec.read(ExampleEvents.valid(EventType.ORDER_PLACED, 2)), OrderPlaced.class);

    @Test
    void wrapsTheSecondSchemaVersionOfOrderPlacedAsVersionTwo() {
        var envelope = envelopes.wrap(EventType.ORDER_PLACED, placedV2, placedV2.getOrderId(), null);

        assertThat(envelope.detail().metadata().schemaVersion()).isEqualTo(2);
        assertThat(envelope.detail().data().has("lines")).isTrue();
    }

    @Test
    void refusesSecondVersionDataThatBreaksTheSecondVersionsSchema() {
        OrderPlaced withoutLines = OrderPlaced.builder()
                .withOrderId(placedV2.getOrderId())
                .withCartId(placedV2.getCartId())
                .withCustomer(placedV2.getCustomer())
                .withTotal(placedV2.getTotal())
                .withShippingAddress(placedV2.getShippingAddress())
                .build();

        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> envelopes.wrap(EventType.ORDER_PLACED, withoutLines, "ord-1", null))
                .withMessageContaining("'lines'");
    }
}
