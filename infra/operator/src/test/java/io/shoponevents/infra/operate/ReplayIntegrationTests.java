package io.shoponevents.infra.operate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvent;
import io.shoponevents.events.ServiceName;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * A replay sends the archived events of a window to one service's queue. The emulators' replay goes to every rule
 * (LocalStack) or ignores the window too (moto); there the operator must say so and replay nothing.
 */
class ReplayIntegrationTests {

    private static final ServiceName SERVICE = ServiceName.INVENTORY;
    private static final ServiceName OTHER_CONSUMER = ServiceName.NOTIFICATION;
    private static final Duration ARCHIVE_DELAY = Duration.ofMinutes(10);
    private static final OperatorBench bench = OperatorBench.shared();

    @Test
    void replaysTheWindowToTheOneServiceOrSaysPlainlyThatTheEndpointCannot() {
        Instant from = Instant.now().minusSeconds(60);
        long archivedBefore = archivedEvents();
        ExampleEvent placed = ExampleEvent.of(EventType.ORDER_PLACED).eventId("evt-replayed-" + from.toEpochMilli());
        bench.eventBridge.putEvents(request ->
                request.entries(entry -> entry.eventBusName(OperatorBench.topology.busName())
                        .source(EventType.ORDER_PLACED.source())
                        .detailType(EventType.ORDER_PLACED.detailType())
                        .detail(JsonMapper.shared()
                                .readTree(placed.json())
                                .get("detail")
                                .toString())));
        await().atMost(Duration.ofSeconds(30)).until(() -> bodiesIn(SERVICE).contains(placed.eventId()));
        bench.drainBoth(OTHER_CONSUMER);
        Optional<Emulator> emulator = Emulator.at(bench.endpoint.uri());
        if (emulator.isEmpty()) {
            await().atMost(ARCHIVE_DELAY).until(() -> archivedEvents() > archivedBefore);
        }

        OperatorBench.Run run = bench.operator(
                "replay",
                SERVICE.id(),
                "--from",
                from.toString(),
                "--to",
                Instant.now().plusSeconds(60).toString());

        if (emulator.isPresent()) {
            assertThat(run.status()).isEqualTo(Operator.UNSUPPORTED);
            assertThat(run.output())
                    .contains("replay is not possible on this endpoint")
                    .contains("ignores")
                    .contains("Nothing was replayed");
            assertThat(bodiesIn(SERVICE)).isEmpty();
        } else {
            assertThat(run.status()).isZero();
            assertThat(run.auditLines())
                    .singleElement()
                    .asString()
                    .contains("rule/shop-events/shop-inventory-from-order");
            await().atMost(Duration.ofMinutes(2)).until(() -> bodiesIn(SERVICE).contains(placed.eventId()));
        }
        assertThat(bodiesIn(OTHER_CONSUMER)).isEmpty();
    }

    private static String bodiesIn(ServiceName service) {
        return String.join(
                "\n",
                bench.drain(OperatorBench.topology.queue(service).name()).stream()
                        .map(Message::body)
                        .toList());
    }

    private static long archivedEvents() {
        return bench.eventBridge
                .describeArchive(request ->
                        request.archiveName(OperatorBench.topology.archive().name()))
                .eventCount();
    }
}
