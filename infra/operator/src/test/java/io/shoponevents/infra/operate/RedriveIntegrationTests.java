package io.shoponevents.infra.operate;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvent;
import io.shoponevents.events.ServiceName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

class RedriveIntegrationTests {

    private static final ServiceName SERVICE = ServiceName.INVENTORY;
    private static final String REASON = "detail.data.items: handler bug, fixed in the next release";
    private static final OperatorBench bench = OperatorBench.shared();
    private final String queue = OperatorBench.topology.queue(SERVICE).name();
    private final String deadLetterQueue = OperatorBench.topology.queue(SERVICE).deadLetterQueueName();

    @BeforeEach
    void emptyQueues() {
        bench.drainBoth(SERVICE);
    }

    @Test
    void redrivesOnlyTheSelectedDeadLettersWithTheirBodyAndAttributes() {
        List<String> bodies = rejectOrders("evt-selected-1", "evt-kept-2", "evt-selected-3");

        OperatorBench.Run run = bench.operator("redrive", SERVICE.id(), "--ids", "evt-selected-1,evt-selected-3");

        assertThat(run.status()).isZero();
        assertThat(run.auditLines())
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("shop-inventory-events-dlq -> shop-inventory-events"))
                .anySatisfy(line -> assertThat(line).contains("eventId=evt-selected-1"))
                .anySatisfy(line -> assertThat(line).contains("eventId=evt-selected-3"));
        List<Message> redriven = bench.drain(queue);
        assertThat(redriven).extracting(Message::body).containsExactlyInAnyOrder(bodies.get(0), bodies.get(2));
        assertThat(redriven)
                .allSatisfy(message -> assertThat(message.messageAttributes()
                                .get(DeadLetter.REASON_ATTRIBUTE)
                                .stringValue())
                        .isEqualTo(REASON));
        assertThat(bench.drain(deadLetterQueue)).extracting(Message::body).containsExactly(bodies.get(1));
    }

    @Test
    void redrivesEveryDeadLetterWithAnAuditLineForEach() {
        List<String> bodies = rejectOrders("evt-all-1", "evt-all-2");

        OperatorBench.Run run = bench.operator("redrive", SERVICE.id(), "--all");

        assertThat(run.status()).isZero();
        assertThat(run.auditLines())
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("eventId=evt-all-1"))
                .anySatisfy(line -> assertThat(line).contains("eventId=evt-all-2"));
        assertThat(bench.drain(queue)).extracting(Message::body).containsExactlyInAnyOrderElementsOf(bodies);
        assertThat(bench.drain(deadLetterQueue)).isEmpty();
    }

    @Test
    void reportsAnIdThatMatchesNoDeadLetterAndMovesNothingElse() {
        List<String> bodies = rejectOrders("evt-stays");

        OperatorBench.Run run = bench.operator("redrive", SERVICE.id(), "--ids", "evt-unknown");

        assertThat(run.auditLines()).isEmpty();
        assertThat(run.output()).contains("not found in shop-inventory-events-dlq: evt-unknown");
        assertThat(bench.drain(queue)).isEmpty();
        assertThat(bench.drain(deadLetterQueue)).extracting(Message::body).containsExactlyElementsOf(bodies);
    }

    private List<String> rejectOrders(String... eventIds) {
        return Arrays.stream(eventIds)
                .map(eventId -> {
                    String body = ExampleEvent.of(EventType.ORDER_PLACED)
                            .eventId(eventId)
                            .correlationId("order-" + eventId)
                            .json();
                    bench.reject(SERVICE, body, REASON);
                    return body;
                })
                .toList();
    }
}
