package io.shoponevents.infra.operate;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvent;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

class DeadLetterTests {

    @Test
    void readsTheReasonTheEventIdentityAndTheReceiveFacts() {
        String body = ExampleEvent.of(EventType.ORDER_CANCELLED)
                .eventId("evt-42")
                .correlationId("order-42")
                .json();
        Message message = Message.builder()
                .messageId("m-1")
                .body(body)
                .messageAttributes(Map.of(
                        DeadLetter.REASON_ATTRIBUTE,
                        MessageAttributeValue.builder()
                                .dataType("String")
                                .stringValue("detail.data.orderId: missing")
                                .build()))
                .attributes(Map.of(
                        MessageSystemAttributeName.SENT_TIMESTAMP, "1764475200000",
                        MessageSystemAttributeName.APPROXIMATE_FIRST_RECEIVE_TIMESTAMP, "1764475260000",
                        MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "4"))
                .build();

        DeadLetter letter = DeadLetter.of(message);

        assertThat(letter.reason()).isEqualTo("detail.data.orderId: missing");
        assertThat(letter.detailType()).isEqualTo("OrderCancelled");
        assertThat(letter.eventId()).contains("evt-42");
        assertThat(letter.correlationId()).contains("order-42");
        assertThat(letter.sentAt()).isEqualTo(Instant.ofEpochMilli(1764475200000L));
        assertThat(letter.firstReceivedAt()).contains(Instant.ofEpochMilli(1764475260000L));
        assertThat(letter.receiveCount()).isEqualTo(4);
        assertThat(letter.isOneOf(Set.of("evt-42"))).isTrue();
        assertThat(letter.isOneOf(Set.of("m-1"))).isTrue();
        assertThat(letter.isOneOf(Set.of("evt-43"))).isFalse();
    }

    @Test
    void describesABodyThatIsNoEventAndAMessageWithoutReason() {
        DeadLetter letter = DeadLetter.of(
                Message.builder().messageId("m-2").body("{not json").build());

        assertThat(letter.reason()).isEqualTo(DeadLetter.HANDLER_FAILED);
        assertThat(letter.detailType()).isEqualTo("(not an event)");
        assertThat(letter.eventId()).isEmpty();
        assertThat(letter.describe()).isEqualTo("messageId=m-2 eventId=- type=(not an event) correlationId=-");
    }
}
