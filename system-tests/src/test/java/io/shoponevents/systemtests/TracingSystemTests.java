package io.shoponevents.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a user sees in X-Ray after a checkout: one trace across the four services, each consumer under the subsegment
 * that published its event, and nothing that hangs from a parent the trace lacks.
 */
class TracingSystemTests {

    private static final Duration SEGMENTS_ARRIVE = Duration.ofSeconds(30);
    private static final List<String> SERVICES =
            List.of("order-service", "inventory-service", "shipping-service", "notification-service");

    private final ShopSystem shop = ShopSystem.get();

    @Test
    void checkoutIsOneTraceFromTheRequestToTheLastEmail() {
        Shopper ada = shopperWithStock();
        String orderId = ada.checksOut();
        walkToDelivered(ada, orderId);

        await().atMost(SEGMENTS_ARRIVE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<RecordedTrace> traces = shop.traces.tracesOfOrder(orderId);
            RecordedTrace checkout = traces.stream()
                    .filter(trace -> trace.entities().stream().anyMatch(entity -> isCheckoutRequest(entity, orderId)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no segment of the checkout request of " + orderId));

            assertThat(checkout.services()).containsExactlyInAnyOrderElementsOf(SERVICES);
            assertThat(checkout.consumers())
                    .extracting(consumer -> consumer.service() + " " + consumer.operation())
                    .contains(
                            "inventory-service consume OrderPlaced",
                            "order-service consume StockReserved",
                            "shipping-service consume OrderConfirmed",
                            "notification-service consume OrderConfirmed",
                            "notification-service consume ShipmentCreated");
            assertThat(traces)
                    .as("checkout, dispatch and delivery")
                    .hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(TracingSystemTests::everyConsumerHangsUnderItsPublisher)
                    .allSatisfy(trace -> assertThat(trace.orphans())
                            .as("segments of trace %s whose parent it lacks", trace.traceId())
                            .isEmpty());
        });
    }

    @Test
    void sagaCompletesWhenNothingListensOnTheDaemonAddress() {
        String deadAddress = "127.0.0.1:" + closedUdpPort();
        shop.withAnother("order-service", Map.of("AWS_XRAY_DAEMON_ADDRESS", deadAddress), order -> {
            Shopper bob = shopperWithStock(order);
            String orderId = bob.checksOut();

            walkToDelivered(bob, orderId);

            assertThat(shop.traces.tracesOfOrder(orderId))
                    .flatExtracting(RecordedTrace::entities)
                    .as("the checkout request's segment went to %s, where nothing listens", deadAddress)
                    .noneMatch(entity -> isCheckoutRequest(entity, orderId));
        });
    }

    private static void everyConsumerHangsUnderItsPublisher(RecordedTrace trace) {
        assertThat(trace.consumers()).allSatisfy(consumer -> {
            String eventId = consumer.annotation("eventId");
            RecordedTrace.Entity publisher = trace.publisherOf(eventId)
                    .orElseThrow(() -> new AssertionError("no subsegment published " + consumer.operation() + " "
                            + eventId + " in trace " + trace.traceId()));
            assertThat(routeParent(trace, consumer))
                    .as("parent of %s %s in %s", consumer.operation(), eventId, consumer.service())
                    .isEqualTo(publisher.id());
        });
    }

    /**
     * The publishing subsegment a consumer continues. The envelope's trace header names it directly; a route that sets
     * the SQS {@code AWSTraceHeader} from the publish request's own trace header (LocalStack's SNS) names the AWS call
     * that subsegment made, so the publisher is that call's parent.
     */
    private static String routeParent(RecordedTrace trace, RecordedTrace.Entity consumer) {
        return trace.entity(consumer.parentId())
                .filter(parent -> !parent.segment() && !parent.name().startsWith("publish "))
                .filter(call -> call.document().path("namespace").asString("").equals("aws"))
                .map(RecordedTrace.Entity::parentId)
                .orElse(consumer.parentId());
    }

    private static boolean isCheckoutRequest(RecordedTrace.Entity entity, String orderId) {
        return entity.segment()
                && entity.service().equals("order-service")
                && orderId.equals(entity.annotation("orderId"))
                && entity.url().endsWith("/checkout");
    }

    private Shopper shopperWithStock() {
        return shopperWithStock(shop.order);
    }

    private Shopper shopperWithStock(ShopClient order) {
        String lamp = Shopper.newSku("LAMP");
        Shopper.stock(shop, lamp, 2);
        return new Shopper(order).wants(lamp, 1, "80.00");
    }

    private void walkToDelivered(Shopper shopper, String orderId) {
        shopper.awaitStatus(orderId, "CONFIRMED");
        String shipmentId = await().atMost(Shopper.SAGA_STEP)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> shop.shipping
                                .ok(shop.shipping.get("/api/shipments?orderId=" + orderId))
                                .valueStream()
                                .toList(),
                        shipments -> shipments.size() == 1)
                .get(0)
                .path("shipmentId")
                .asString();
        shop.shipping.ok(shop.shipping.post("/api/shipments/" + shipmentId + "/dispatch", Map.of()));
        shopper.awaitStatus(orderId, "SHIPPED");
        shop.shipping.ok(shop.shipping.post("/api/shipments/" + shipmentId + "/deliver", Map.of()));
        shopper.awaitStatus(orderId, "DELIVERED");
    }

    private static int closedUdpPort() {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
