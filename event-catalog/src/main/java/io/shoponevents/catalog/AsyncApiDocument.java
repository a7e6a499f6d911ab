package io.shoponevents.catalog;

import io.shoponevents.events.EventJson;
import io.shoponevents.events.EventType;
import io.shoponevents.events.Route;
import io.shoponevents.events.ServiceName;
import io.shoponevents.events.topology.QueueSpec;
import io.shoponevents.events.topology.RuleSpec;
import io.shoponevents.events.topology.SubscriptionSpec;
import io.shoponevents.events.topology.Topology;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event contract as an AsyncAPI 3.0 document, built from the catalog ({@link EventType}), the schemas and the
 * topology: a channel for the bus, the topic and each queue; a send operation per event and a receive operation per
 * service; a message per event and schema version.
 */
final class AsyncApiDocument {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SQS_BINDING_VERSION = "0.2.0";
    private static final String SNS_BINDING_VERSION = "0.1.0";

    private final Topology topology = Topology.standard();
    private final EventMessages messages = new EventMessages();

    ObjectNode build(String version) {
        ObjectNode document = NODES.objectNode();
        document.put("asyncapi", "3.0.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "Shop on Events");
        info.put("version", version);
        info.put("description", Descriptions.DOCUMENT);
        info.putObject("license").put("name", "Apache-2.0");
        document.put("defaultContentType", "application/json");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = document.putObject("components").putObject("messages");
        for (EventType type : EventType.values()) {
            for (int schemaVersion : type.schemaVersions()) {
                components.set(
                        EventMessages.key(type, schemaVersion), messages.message(type, schemaVersion, route(type)));
            }
        }
        channels.set("bus", router(topology.busName(), "EventBridge bus", Descriptions.BUS, Route.BUS));
        channels.set("topic", router(topology.topicName(), "SNS topic", Descriptions.TOPIC, Route.TOPIC));
        for (ServiceName service : ServiceName.values()) {
            channels.set(service.queueName(), queue(service));
        }
        for (EventType type : EventType.values()) {
            operations.set("publish" + type.detailType(), publish(type));
        }
        for (ServiceName service : ServiceName.values()) {
            operations.set("receive" + capitalized(service.id()) + "Events", receive(service));
        }
        return document;
    }

    private ObjectNode router(String address, String kind, String description, Route route) {
        ObjectNode channel = NODES.objectNode();
        channel.put("address", address);
        channel.put("title", kind + " " + address);
        channel.put("description", description);
        addMessages(channel.putObject("messages"), types(route));
        return channel;
    }

    private ObjectNode queue(ServiceName service) {
        QueueSpec spec = topology.queue(service);
        ObjectNode channel = NODES.objectNode();
        channel.put("address", spec.name());
        channel.put("title", "SQS queue " + spec.name());
        channel.put(
                "description",
                "The one queue " + service.id() + "-service reads. A message that fails " + spec.maxReceiveCount()
                        + " times, or breaks the contract, moves to `" + spec.deadLetterQueueName() + "`.");
        addMessages(channel.putObject("messages"), consumed(service));
        ObjectNode sqs = channel.putObject("bindings").putObject("sqs");
        ObjectNode queue = sqs.putObject("queue");
        queue.put("name", spec.name());
        queue.put("fifoQueue", false);
        queue.put("visibilityTimeout", spec.visibilityTimeout().toSeconds());
        queue.put("messageRetentionPeriod", spec.retention().toSeconds());
        ObjectNode redrive = queue.putObject("redrivePolicy");
        redrive.putObject("deadLetterQueue").put("name", spec.deadLetterQueueName());
        redrive.put("maxReceiveCount", spec.maxReceiveCount());
        ObjectNode deadLetters = sqs.putObject("deadLetterQueue");
        deadLetters.put("name", spec.deadLetterQueueName());
        deadLetters.put("fifoQueue", false);
        deadLetters.put("messageRetentionPeriod", spec.deadLetterRetention().toSeconds());
        sqs.put("bindingVersion", SQS_BINDING_VERSION);
        return channel;
    }

    private ObjectNode publish(EventType type) {
        String channel = type.route() == Route.BUS ? "bus" : "topic";
        ObjectNode operation = NODES.objectNode();
        operation.put("action", "send");
        operation.putObject("channel").put("$ref", "#/channels/" + channel);
        operation.put("title", type.producer().id() + "-service publishes " + type.detailType());
        operation.put("summary", route(type));
        ArrayNode refs = operation.putArray("messages");
        for (int schemaVersion : type.schemaVersions()) {
            refs.addObject()
                    .put("$ref", "#/channels/" + channel + "/messages/" + EventMessages.key(type, schemaVersion));
        }
        if (type.route() == Route.BUS) {
            operation.set("x-eventbridge-rules", rules(rulesReaching(type)));
        }
        if (type.route() == Route.TOPIC && !type.consumers().isEmpty()) {
            ObjectNode sns = operation.putObject("bindings").putObject("sns");
            ArrayNode consumers = sns.putArray("consumers");
            for (SubscriptionSpec subscription : subscriptionsReaching(type)) {
                ObjectNode consumer = consumers.addObject();
                consumer.put("protocol", "sqs");
                consumer.putObject("endpoint").put("name", subscription.queue());
                consumer.set("filterPolicy", EventJson.mapper().readTree(subscription.filterPolicy()));
                consumer.put("rawMessageDelivery", subscription.rawMessageDelivery());
            }
            sns.put("bindingVersion", SNS_BINDING_VERSION);
        }
        return operation;
    }

    private ObjectNode receive(ServiceName service) {
        ObjectNode operation = NODES.objectNode();
        operation.put("action", "receive");
        operation.putObject("channel").put("$ref", "#/channels/" + service.queueName());
        operation.put("title", service.id() + "-service reads " + service.queueName());
        operation.put("description", Descriptions.receive(service));
        ArrayNode refs = operation.putArray("messages");
        for (EventType type : consumed(service)) {
            for (int schemaVersion : type.schemaVersions()) {
                refs.addObject()
                        .put(
                                "$ref",
                                "#/channels/" + service.queueName() + "/messages/"
                                        + EventMessages.key(type, schemaVersion));
            }
        }
        operation.set(
                "x-eventbridge-rules",
                rules(topology.rules().stream()
                        .filter(rule -> rule.targetQueue().equals(service.queueName()))
                        .toList()));
        for (SubscriptionSpec subscription : topology.subscriptions()) {
            if (subscription.queue().equals(service.queueName())) {
                ObjectNode node = operation.putObject("x-sns-subscription");
                node.put("topicName", subscription.topicName());
                node.set("filterPolicy", EventJson.mapper().readTree(subscription.filterPolicy()));
                node.put("rawMessageDelivery", subscription.rawMessageDelivery());
            }
        }
        return operation;
    }

    /** In words: which rules or subscriptions carry {@code type} to which queues. */
    private String route(EventType type) {
        if (type.route() == Route.BUS) {
            List<String> rules = rulesReaching(type).stream()
                    .map(rule -> "rule `" + rule.name() + "` to `" + rule.targetQueue() + "`")
                    .toList();
            return "PutEvents on bus `" + topology.busName() + "`"
                    + (rules.isEmpty() ? ", matched by no rule (archive only)" : "; " + String.join(", ", rules));
        }
        return "Publish on topic `" + topology.topicName() + "`; "
                + String.join(
                        ", ",
                        subscriptionsReaching(type).stream()
                                .map(subscription -> "subscription of `" + subscription.queue() + "`")
                                .toList());
    }

    private List<RuleSpec> rulesReaching(EventType type) {
        return topology.rules().stream()
                .filter(rule -> selects(rule.eventPattern(), type))
                .toList();
    }

    private List<SubscriptionSpec> subscriptionsReaching(EventType type) {
        return topology.subscriptions().stream()
                .filter(subscription -> selects(subscription.filterPolicy(), type))
                .toList();
    }

    /** Rules with their event patterns, as an extension of an operation: AsyncAPI has no EventBridge binding. */
    private static ArrayNode rules(List<RuleSpec> specs) {
        ArrayNode rules = NODES.arrayNode();
        for (RuleSpec rule : specs) {
            ObjectNode node = rules.addObject();
            node.put("name", rule.name());
            node.put("eventBusName", rule.busName());
            node.set("eventPattern", EventJson.mapper().readTree(rule.eventPattern()));
            node.put("targetQueue", rule.targetQueue());
        }
        return rules;
    }

    /** Whether a rule's event pattern or a subscription's filter policy lets events of {@code type} through. */
    private static boolean selects(String patternJson, EventType type) {
        return EventJson.mapper()
                .readTree(patternJson)
                .path("detail-type")
                .valueStream()
                .anyMatch(detailType -> detailType.asString().equals(type.detailType()));
    }

    private void addMessages(ObjectNode messages, List<EventType> types) {
        for (EventType type : types) {
            for (int schemaVersion : type.schemaVersions()) {
                String key = EventMessages.key(type, schemaVersion);
                messages.putObject(key).put("$ref", "#/components/messages/" + key);
            }
        }
    }

    private static List<EventType> types(Route route) {
        return Arrays.stream(EventType.values())
                .filter(type -> type.route() == route)
                .toList();
    }

    private static List<EventType> consumed(ServiceName service) {
        return Arrays.stream(EventType.values())
                .filter(type -> type.consumers().contains(service))
                .toList();
    }

    private static String capitalized(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
