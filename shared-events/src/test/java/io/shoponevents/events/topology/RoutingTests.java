package io.shoponevents.events.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventJson;
import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.events.Route;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.event.ruler.Machine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proves the topology routes every event to exactly the consumers of the catalog in ARCHITECTURE.md, matching rule
 * patterns and filter policies with AWS's own matching library. The expected queues are written out here, apart from
 * the catalog the topology is derived from, so that a wrong derivation or a wrong pattern fails.
 */
class RoutingTests {

    private final Topology topology = Topology.standard();
    private final JsonMapper mapper = EventJson.mapper();

    @ParameterizedTest(name = "{0} reaches [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "CartItemAdded          | shop-notification-events",
                "CartItemRemoved        | shop-notification-events",
                "OrderPlaced            | shop-inventory-events shop-notification-events",
                "OrderConfirmed         | shop-notification-events shop-shipping-events",
                "OrderRejected          | shop-notification-events",
                "OrderCancelled         | shop-inventory-events shop-notification-events shop-shipping-events",
                "StockReserved          | shop-order-events",
                "StockReservationFailed | shop-order-events",
                "StockReleased          | ''",
                "ShipmentCreated        | shop-notification-events",
                "ShipmentDispatched     | shop-notification-events shop-order-events",
                "ShipmentDelivered      | shop-notification-events shop-order-events",
                "ShipmentCancelled      | shop-notification-events",
            })
    void everyEventReachesExactlyTheQueuesOfItsConsumers(String detailType, String expectedQueues) throws Exception {
        EventType type = EventType.of(detailType).orElseThrow();
        JsonNode envelope = mapper.readTree(ExampleEvents.valid(type));

        Set<String> reached =
                type.route() == Route.BUS ? queuesReachedOnTheBus(envelope) : queuesReachedOnTheTopic(envelope);

        assertThat(reached).containsExactlyInAnyOrderElementsOf(queues(expectedQueues));
    }

    /** EventBridge matches each rule's pattern against the whole event. */
    private Set<String> queuesReachedOnTheBus(JsonNode envelope) throws Exception {
        Machine machine = new Machine();
        for (RuleSpec rule : topology.rules()) {
            machine.addRule(rule.targetQueue(), rule.eventPattern());
        }
        return new TreeSet<>(machine.rulesForJSONEvent(mapper.writeValueAsString(envelope)));
    }

    /** SNS matches each subscription's filter policy against the message attributes the publisher sets. */
    private Set<String> queuesReachedOnTheTopic(JsonNode envelope) throws Exception {
        Map<String, String> attributes = Map.of(
                "detail-type", envelope.path("detail-type").asString(),
                "source", envelope.path("source").asString());
        Machine machine = new Machine();
        for (SubscriptionSpec subscription : topology.subscriptions()) {
            machine.addRule(subscription.queue(), subscription.filterPolicy());
        }
        return new TreeSet<>(machine.rulesForJSONEvent(mapper.writeValueAsString(attributes)));
    }

    private static Set<String> queues(String spaceSeparated) {
        return new TreeSet<>(Arrays.stream(spaceSeparated.trim().split("\\s+"))
                .filter(name -> !name.isEmpty())
                .toList());
    }
}
