package io.shoponevents.infra.operate;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvent;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.events.ServiceName;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

class DeadLetterListingIntegrationTests {

    private static final ServiceName SERVICE = ServiceName.SHIPPING;
    private static final Pattern RECEIVES = Pattern.compile("received (\\d+) time");
    private static final OperatorBench bench = OperatorBench.shared();

    @BeforeEach
    void emptyQueues() {
        bench.drainBoth(SERVICE);
    }

    @Test
    void listsEachDeadLetterWithItsReasonAndIdentityWithoutConsumingIt() {
        ExampleEvent event = ExampleEvent.of(EventType.ORDER_CONFIRMED)
                .eventId("evt-listed-1")
                .correlationId("order-listed-1");
        bench.reject(SERVICE, event.json(), "detail.metadata.schemaVersion: this service reads 1, not 7");
        bench.reject(SERVICE, ExampleEvents.Invalid.NEGATIVE_QUANTITY.json(), "detail.data.items[0].quantity: < 1");

        OperatorBench.Run first = bench.operator("list", SERVICE.id());
        OperatorBench.Run second = bench.operator("list", SERVICE.id());

        assertThat(first.status()).isZero();
        assertThat(first.output())
                .contains("2 dead letter(s) in shop-shipping-events-dlq")
                .contains("eventId=evt-listed-1 type=OrderConfirmed correlationId=order-listed-1")
                .contains("reason: detail.metadata.schemaVersion: this service reads 1, not 7")
                .contains("reason: detail.data.items[0].quantity: < 1")
                .contains("first received ");
        assertThat(second.output()).contains("2 dead letter(s)");
        assertThat(highestReceiveCount(second.output())).isGreaterThan(highestReceiveCount(first.output()));
        assertThat(bench.drain(OperatorBench.topology.queue(SERVICE).deadLetterQueueName()))
                .hasSize(2);
    }

    @Test
    void namesAHandlerFailureWhereTheRedrivePolicyMovedTheMessage() {
        String url = bench.sqs
                .getQueueUrl(request ->
                        request.queueName(OperatorBench.topology.queue(SERVICE).deadLetterQueueName()))
                .queueUrl();
        bench.sqs.sendMessage(request -> request.queueUrl(url)
                .messageBody(ExampleEvent.of(EventType.ORDER_CANCELLED)
                        .eventId("evt-failed-3-times")
                        .json())
                .messageAttributes(Map.of(
                        "unrelated",
                        MessageAttributeValue.builder()
                                .dataType("String")
                                .stringValue("x")
                                .build())));

        OperatorBench.Run run = bench.operator("list", SERVICE.id());

        assertThat(run.output())
                .contains("1 dead letter(s)")
                .contains("eventId=evt-failed-3-times type=OrderCancelled")
                .contains("reason: " + DeadLetter.HANDLER_FAILED);
        assertThat(bench.drain(OperatorBench.topology.queue(SERVICE).deadLetterQueueName()))
                .extracting(Message::body)
                .singleElement()
                .asString()
                .contains("evt-failed-3-times");
    }

    private static int highestReceiveCount(String output) {
        Matcher matcher = RECEIVES.matcher(output);
        int highest = 0;
        while (matcher.find()) {
            highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
        }
        return highest;
    }
}
