package io.shoponevents.runtime.publish;

import io.shoponevents.events.EventEnvelope;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/** Puts an event on the bus; EventBridge wraps {@code detail} into the envelope its rules deliver. */
final class EventBridgePublisher implements EventPublisher {

    private final EventBridgeClient eventBridge;
    private final String busName;
    private final EnvelopeCodec codec;

    EventBridgePublisher(EventBridgeClient eventBridge, String busName, EnvelopeCodec codec) {
        this.eventBridge = eventBridge;
        this.busName = busName;
        this.codec = codec;
    }

    @Override
    public void publish(EventEnvelope envelope) {
        PutEventsRequestEntry.Builder entry = PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(envelope.source())
                .detailType(envelope.detailType())
                .detail(codec.writeDetail(envelope));
        String traceHeader = envelope.detail().metadata().traceHeader();
        if (traceHeader != null) {
            entry.traceHeader(traceHeader);
        }
        PutEventsResponse response = eventBridge.putEvents(request -> request.entries(entry.build()));
        if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
            PutEventsResultEntry failed = response.entries().get(0);
            throw new PublishException(
                    envelope, "bus " + busName + " refused it: " + failed.errorCode() + " " + failed.errorMessage());
        }
    }
}
