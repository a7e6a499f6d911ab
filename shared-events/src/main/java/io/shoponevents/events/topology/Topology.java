package io.shoponevents.events.topology;

import io.shoponevents.events.EventType;
import io.shoponevents.events.Route;
import io.shoponevents.events.ServiceName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every messaging resource and table of the shop, as plain values. Both the provisioner and the CDK app build from
 * this; nothing else declares a queue, rule, topic or subscription.
 */
public record Topology(
        String busName,
        ArchiveSpec archive,
        List<RuleSpec> rules,
        String topicName,
        List<SubscriptionSpec> subscriptions,
        List<QueueSpec> queues,
        List<TableSpec> tables) {

    public static final String BUS_NAME = "shop-events";
    public static final String TOPIC_NAME = "shop-shipment-events";

    private static final int MAX_RECEIVE_COUNT = 3;
    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RETENTION = Duration.ofDays(4);
    private static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(14);
    private static final Duration ARCHIVE_RETENTION = Duration.ofDays(30);

    /** The shop's topology, derived from the event catalog ({@link EventType}). */
    public static Topology standard() {
        List<ServiceName> services = Arrays.asList(ServiceName.values());
        return new Topology(
                BUS_NAME,
                new ArchiveSpec(BUS_NAME + "-archive", BUS_NAME, ARCHIVE_RETENTION),
                services.stream().flatMap(service -> rulesFor(service).stream()).toList(),
                TOPIC_NAME,
                services.stream()
                        .flatMap(service -> subscriptionFor(service).stream())
                        .toList(),
                services.stream().map(Topology::queueFor).toList(),
                services.stream()
                        .map(service -> TableSpec.named(service.tableName()))
                        .toList());
    }

    public QueueSpec queue(ServiceName service) {
        return queues.stream()
                .filter(queue -> queue.name().equals(service.queueName()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no queue for " + service));
    }

    public TableSpec table(ServiceName service) {
        return tables.stream()
                .filter(table -> table.name().equals(service.tableName()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table for " + service));
    }

    /** The rules that send bus events to the queue of {@code consumer}: one per producing source. */
    private static List<RuleSpec> rulesFor(ServiceName consumer) {
        Map<ServiceName, List<String>> typesByProducer = consumedTypes(consumer, Route.BUS).stream()
                .collect(Collectors.groupingBy(
                        EventType::producer,
                        TreeMap::new,
                        Collectors.mapping(EventType::detailType, Collectors.toList())));
        List<RuleSpec> rules = new ArrayList<>();
        typesByProducer.forEach((producer, detailTypes) -> {
            Map<String, List<String>> pattern = new LinkedHashMap<>();
            pattern.put("source", List.of(producer.eventSource()));
            pattern.put("detail-type", detailTypes);
            rules.add(new RuleSpec(
                    "shop-" + consumer.id() + "-from-" + producer.id(),
                    BUS_NAME,
                    toJson(pattern),
                    consumer.queueName()));
        });
        return rules;
    }

    private static Optional<SubscriptionSpec> subscriptionFor(ServiceName consumer) {
        List<String> detailTypes = consumedTypes(consumer, Route.TOPIC).stream()
                .map(EventType::detailType)
                .toList();
        if (detailTypes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SubscriptionSpec(
                TOPIC_NAME, consumer.queueName(), toJson(Map.of("detail-type", detailTypes)), true));
    }

    private static QueueSpec queueFor(ServiceName service) {
        return new QueueSpec(
                service.queueName(),
                service.queueName() + "-dlq",
                MAX_RECEIVE_COUNT,
                VISIBILITY_TIMEOUT,
                RETENTION,
                DEAD_LETTER_RETENTION);
    }

    private static List<EventType> consumedTypes(ServiceName consumer, Route route) {
        return Arrays.stream(EventType.values())
                .filter(type -> type.route() == route && type.consumers().contains(consumer))
                .toList();
    }

    private static String toJson(Map<String, List<String>> fields) {
        return JsonMapper.shared().writeValueAsString(fields);
    }
}
