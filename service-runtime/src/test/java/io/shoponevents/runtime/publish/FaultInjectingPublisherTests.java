package io.shoponevents.runtime.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvents;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultInjectingPublisherTests {

    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());
    private final List<String> published = new ArrayList<>();
    private final EventPublisher recording = envelope -> published.add(envelope.detailType());

    @Test
    void failsOnlyTheFirstPublishesOfTheChosenDetailTypes() {
        EventPublisher faulty = new FaultInjectingPublisher(recording, 1, Set.of("OrderPlaced"));

        faulty.publish(example(EventType.CART_ITEM_ADDED));
        assertThatExceptionOfType(PublishException.class)
                .isThrownBy(() -> faulty.publish(example(EventType.ORDER_PLACED)));
        faulty.publish(example(EventType.ORDER_PLACED));

        assertThat(published).containsExactly("CartItemAdded", "OrderPlaced");
    }

    @Test
    void withoutDetailTypesFailsTheFirstPublishesOfAnyType() {
        EventPublisher faulty = new FaultInjectingPublisher(recording, 2, Set.of());

        assertThatExceptionOfType(PublishException.class)
                .isThrownBy(() -> faulty.publish(example(EventType.CART_ITEM_ADDED)));
        assertThatExceptionOfType(PublishException.class)
                .isThrownBy(() -> faulty.publish(example(EventType.ORDER_PLACED)));
        faulty.publish(example(EventType.ORDER_PLACED));

        assertThat(published).containsExactly("OrderPlaced");
    }

    private EventEnvelope example(EventType type) {
        return codec.read(ExampleEvents.valid(type));
    }
}
