package io.shoponevents.runtime.publish;

import io.shoponevents.events.EventEnvelope;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Publishes the whole envelope on the topic. Subscriptions use raw delivery, so queues receive the same document as
 * from the bus; the {@code detail-type} and {@code source} attributes are what filter policies select on.
 */
final class SnsPublisher implements EventPublisher {

    private final SnsClient sns;
    private final Supplier<String> topicArn;
    private final EnvelopeCodec codec;

    SnsPublisher(SnsClient sns, Supplier<String> topicArn, EnvelopeCodec codec) {
        this.sns = sns;
        this.topicArn = topicArn;
        this.codec = codec;
    }

    @Override
    public void publish(EventEnvelope envelope) {
        sns.publish(request -> request.topicArn(topicArn.get())
                .message(codec.write(envelope))
                .messageAttributes(Map.of(
                        "detail-type", attribute(envelope.detailType()),
                        "source", attribute(envelope.source()))));
    }

    private static MessageAttributeValue attribute(String value) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(value)
                .build();
    }
}
