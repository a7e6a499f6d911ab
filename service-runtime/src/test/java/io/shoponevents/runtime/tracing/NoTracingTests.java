package io.shoponevents.runtime.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvents;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** With tracing off nothing is recorded, but the trace a consumed event carries goes on to what its handling emits. */
class NoTracingTests {

    private final Tracing tracing = Tracing.off();
    private final String orderPlaced = ExampleEvents.valid(EventType.ORDER_PLACED);

    @Test
    void handlingAConsumedEventPassesItsTraceHeaderOn() {
        AtomicReference<String> during = new AtomicReference<>();

        tracing.inConsumerSegment(orderPlaced, null, () -> during.set(tracing.currentTraceHeader()));

        assertThat(during.get())
                .isNotNull()
                .isEqualTo(EventFacts.read(orderPlaced).traceHeader());
        assertThat(tracing.currentTraceHeader()).as("after the handling").isNull();
    }

    @Test
    void theRoutesTraceHeaderWinsOverTheEnvelopes() {
        String route = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
        AtomicReference<String> during = new AtomicReference<>();

        tracing.inConsumerSegment(orderPlaced, route, () -> during.set(tracing.currentTraceHeader()));

        assertThat(during.get()).isEqualTo(route);
    }

    @Test
    void outsideAConsumedEventThereIsNoTraceHeader() {
        assertThat(tracing.currentTraceHeader()).isNull();
    }
}
