package io.shoponevents.runtime.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.events.Violation;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventDispatcherTests {

    private static final EventValidator validator = new EventValidator();
    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());
    private final List<String> handled = new ArrayList<>();

    private final EventDispatcher dispatcher = EventDispatcher.builder(validator, codec)
            .on(OrderPlaced.class, (placed, envelope) -> handled.add("placed " + placed.getOrderId()))
            .on(OrderCancelled.class, (cancelled, envelope) -> handled.add("cancelled " + envelope.eventId()))
            .build();

    @Test
    void handsEachEventToTheHandlerOfItsDetailType() {
        EventDispatcher.Outcome outcome = dispatcher.dispatch(ExampleEvents.valid(EventType.ORDER_PLACED));

        assertThat(outcome).isEqualTo(EventDispatcher.Outcome.HANDLED);
        assertThat(handled).containsExactly("placed ord-7f3c2a91-4b6e-4d1a-9c2f-5e8b1a0d3c47");
    }

    @Test
    void givesHandlersTheEnvelopeWithTheProducersEventId() {
        dispatcher.dispatch(ExampleEvents.valid(EventType.ORDER_CANCELLED));

        assertThat(handled).containsExactly("cancelled 0e7e0000-0000-4000-8000-000000000005");
    }

    @Test
    void reportsAValidEventWithoutHandlerAsNotHandled() {
        assertThat(dispatcher.dispatch(ExampleEvents.valid(EventType.STOCK_RESERVED)))
                .isEqualTo(EventDispatcher.Outcome.NOT_HANDLED);
        assertThat(handled).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ExampleEvents.Invalid.class)
    void rejectsEveryInvalidExampleAsPoisonNamingTheField(ExampleEvents.Invalid example) {
        assertThatExceptionOfType(PoisonMessageException.class)
                .isThrownBy(() -> dispatcher.dispatch(example.json()))
                .satisfies(poison -> assertThat(poison.violations())
                        .extracting(Violation::field)
                        .contains(example.offendingField()));
        assertThat(handled).isEmpty();
    }

    @Test
    void refusesTwoHandlersForOneEventType() {
        assertThatIllegalStateException()
                .isThrownBy(() -> EventDispatcher.builder(validator, codec)
                        .on(OrderPlaced.class, (placed, envelope) -> {})
                        .on(OrderPlaced.class, (placed, envelope) -> {}));
    }
}
