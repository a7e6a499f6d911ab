package io.shoponevents.storefront.journey;

import io.shoponevents.events.EventType;
import io.shoponevents.events.ServiceName;
import io.shoponevents.events.topology.RuleSpec;
import io.shoponevents.events.topology.SubscriptionSpec;
import io.shoponevents.events.topology.Topology;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which route of the topology carries an event type to a consumer: the bus rule whose pattern names it and targets the
 * consumer's queue, or the topic subscription of that queue whose filter policy names it. Read from the topology
 * itself, so the journey names the routes the provisioner and the CDK app created.
 */
public final class Routes {

    private final Topology topology;

    public Routes(Topology topology) {
        this.topology = topology;
    }

    /** @return the route's name, e.g. {@code rule shop-inventory-from-order}; empty when no route carries it there */
    public Optional<String> to(String detailType, ServiceName consumer) {
        String queue = consumer.queueName();
        for (RuleSpec rule : topology.rules()) {
            if (rule.targetQueue().equals(queue) && names(rule.eventPattern(), detailType)) {
                return Optional.of("rule " + rule.name());
            }
        }
        for (SubscriptionSpec subscription : topology.subscriptions()) {
            if (subscription.queue().equals(queue) && names(subscription.filterPolicy(), detailType)) {
                return Optional.of("subscription " + subscription.topicName() + " → " + queue);
            }
        }
        return Optional.empty();
    }

    /** The consumers the catalog promises an event type to. */
    public static List<ServiceName> consumersOf(String detailType) {
        return EventType.of(detailType)
                .map(type -> List.copyOf(type.consumers()))
                .orElse(List.of());
    }

    private static boolean names(String patternJson, String detailType) {
        JsonNode detailTypes = JsonMapper.shared().readTree(patternJson).path("detail-type");
        for (JsonNode name : detailTypes) {
            if (name.isString() && name.stringValue().equals(detailType)) {
                return true;
            }
        }
        return false;
    }
}
