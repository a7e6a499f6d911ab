package io.shoponevents.shipping.shipment.adapter.out.messaging;

import static io.shoponevents.shipping.shipment.domain.ShipmentBuilder.aShipment;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.events.EventType;
import io.shoponevents.events.EventValidator;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.shipping.shipment.domain.Shipment;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each change is announced as the event of the contract it stands for, correlated by order and caused by its event. */
class ShipmentEventsTests {

    private static final Instant NOW = Instant.parse("2026-11-23T09:41:57Z");
    private static final CausingEvent CAUSE = new CausingEvent("evt-42", "OrderCancelled");

    private final ShipmentEvents events = new ShipmentEvents(new EnvelopeCodec(Clock.systemUTC()));
    private final EventValidator validator = new EventValidator();

    @Test
    void aCancelledShipmentIsAnnouncedWithItsReasonAndCause() {
        Shipment shipment = aShipment().withId("shp-1").forOrder("ord-1").build();

        EventEnvelope cancelled = single(events.of(shipment.cancel(NOW, "Customer changed their mind", CAUSE)));

        assertThat(cancelled.detailType()).isEqualTo("ShipmentCancelled");
        assertThat(cancelled.detail().data().get("shipmentId").asString()).isEqualTo("shp-1");
        assertThat(cancelled.detail().data().get("reason").asString()).isEqualTo("Customer changed their mind");
        assertThat(cancelled.detail().metadata().correlationId()).isEqualTo("ord-1");
        assertThat(cancelled.detail().metadata().causationId()).isEqualTo("evt-42");
    }

    @Test
    void aDispatchHasNoCauseAndCarriesItsTime() {
        Shipment shipment = aShipment().forOrder("ord-2").build();

        EventEnvelope dispatched = single(events.of(shipment.dispatch(NOW)));

        assertThat(dispatched.detailType()).isEqualTo("ShipmentDispatched");
        assertThat(dispatched.detail().data().get("dispatchedAt").asString()).isEqualTo("2026-11-23T09:41:57Z");
        assertThat(dispatched.detail().metadata().causationId()).isNull();
    }

    @Test
    void anOrderCancelledBeforeItsShipmentAnnouncesNothing() {
        assertThat(events.of(Shipment.cancelBeforeCreation("ord-3", CAUSE))).isEmpty();
    }

    private EventEnvelope single(List<EventEnvelope> envelopes) {
        assertThat(envelopes).hasSize(1);
        EventEnvelope envelope = envelopes.get(0);
        EventType type = EventType.of(envelope.detailType()).orElseThrow();
        assertThat(validator.validate(
                        type,
                        envelope.detail().metadata().schemaVersion(),
                        envelope.detail().data()))
                .isEmpty();
        return envelope;
    }
}
