package io.shoponevents.runtime.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.events.Violation;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A consumer reading OrderPlaced in schema versions 1 and 2 side by side, and one still reading only version 1. */
class SchemaVersionDispatchTests {

    private static final EventValidator validator = new EventValidator();
    private final EnvelopeCodec codec = new EnvelopeCodec(Clock.systemUTC());
    private final List<String> handled = new ArrayList<>();

    @Test
    void handsEachVersionToTheHandlerOfItsGeneratedType() {
        EventDispatcher dispatcher = EventDispatcher.builder(validator, codec)
                .on(
                        OrderPlaced.class,
                        (placed, envelope) ->
                                handled.add("v1 " + placed.getItems().size()))
                .on(
                        io.shoponevents.events.data.v2.OrderPlaced.class,
                        (placed, envelope) ->
                                handled.add("v2 " + placed.getLines().size()))
                .build();

        dispatcher.dispatch(ExampleEvents.valid(EventType.ORDER_PLACED, 1));
        dispatcher.dispatch(ExampleEvents.valid(EventType.ORDER_PLACED, 2));

        assertThat(handled).containsExactly("v1 2", "v2 2");
    }

    @Test
    void sendsAVersionTheServiceCannotReadToTheDeadLetterQueue() {
        EventDispatcher v1Only = EventDispatcher.builder(validator, codec)
                .on(OrderPlaced.class, (placed, envelope) -> handled.add("v1"))
                .build();

        assertThatExceptionOfType(PoisonMessageException.class)
                .isThrownBy(() -> v1Only.dispatch(ExampleEvents.valid(EventType.ORDER_PLACED, 2)))
                .satisfies(poison -> assertThat(poison.violations())
                        .extracting(Violation::field, Violation::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "detail.metadata.schemaVersion",
                                "this service reads OrderPlaced in schema versions [1], not 2")));
        assertThat(handled).isEmpty();
    }

    @Test
    void anEnvelopeCarriesTheSchemaVersionOfItsData() {
        var v1 = codec.read(ExampleEvents.valid(EventType.ORDER_PLACED, 1));
        var v2 = codec.read(ExampleEvents.valid(EventType.ORDER_PLACED, 2));

        var wrappedV1 = codec.wrap(EventType.ORDER_PLACED, codec.data(v1, OrderPlaced.class), "ord-1", null, null);
        var wrappedV2 = codec.wrap(
                EventType.ORDER_PLACED,
                codec.data(v2, io.shoponevents.events.data.v2.OrderPlaced.class),
                "ord-1",
                null,
                null);

        assertThat(wrappedV1.detail().metadata().schemaVersion()).isEqualTo(EventType.SCHEMA_VERSION);
        assertThat(wrappedV2.detail().metadata().schemaVersion()).isEqualTo(2);
        assertThat(validator.validateEnvelope(codec.write(wrappedV2))).isEmpty();
    }
}
