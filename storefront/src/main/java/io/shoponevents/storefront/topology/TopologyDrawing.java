package io.shoponevents.storefront.topology;

import io.shoponevents.events.EventType;
import io.shoponevents.events.Route;
import io.shoponevents.events.ServiceName;
import io.shoponevents.events.topology.QueueSpec;
import io.shoponevents.events.topology.RuleSpec;
import io.shoponevents.events.topology.SubscriptionSpec;
import io.shoponevents.events.topology.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The topology as a left-to-right drawing: producing services, the bus and the topic, each rule with its event pattern
 * and each subscription with its filter policy, the queues with their dead-letter queues, and the consuming services.
 * Everything comes from the {@link Topology} and the catalog; the topology page's template draws the boxes and lines.
 */
public record TopologyDrawing(
        int width, int height, List<Column> columns, List<Node> nodes, List<Edge> edges, List<RouteRow> routes) {

    static final int LINE_HEIGHT = 16;
    static final int PADDING = 10;
    static final int GAP = 18;
    static final int TOP = 40;
    private static final int MAX_LINE = 44;
    private static final int[] COLUMN_X = {10, 190, 385, 750, 1040};
    private static final int[] COLUMN_WIDTH = {155, 175, 345, 270, 180};
    private static final List<String> COLUMN_LABELS =
            List.of("producers", "routers", "rules and subscriptions", "queues", "consumers");

    /** A column's heading and where it starts. */
    public record Column(String label, int x) {}

    /**
     * A box. {@code kind} is one of {@code service}, {@code bus}, {@code topic}, {@code rule}, {@code subscription},
     * {@code queue}, which the stylesheet colours and the title also says in words.
     */
    public record Node(String id, String kind, int x, int y, int width, int height, String title, List<String> lines) {

        int right() {
            return x + width;
        }

        int middle() {
            return y + height / 2;
        }

        /** Where the n-th line of text sits. */
        public int lineY(int n) {
            return y + PADDING + LINE_HEIGHT * (n + 2) - 4;
        }

        public int titleY() {
            return y + PADDING + LINE_HEIGHT - 4;
        }
    }

    /** A line from the right edge of one box to the left edge of the next, as an SVG path. */
    public record Edge(String from, String to, String path) {}

    /** A route in words, for the table under the drawing. */
    public record RouteRow(String kind, String name, String from, String queue, String match) {}

    public static TopologyDrawing of(Topology topology) {
        List<Node> routeNodes = new ArrayList<>();
        List<RouteRow> rows = new ArrayList<>();
        Map<String, String> routeRouter = new LinkedHashMap<>();
        int y = TOP;
        for (RuleSpec rule : topology.rules()) {
            List<String> lines = patternLines(rule.eventPattern());
            Node node = box("rule:" + rule.name(), "rule", 2, y, "rule " + rule.name(), lines);
            routeNodes.add(node);
            routeRouter.put(node.id(), "bus");
            rows.add(new RouteRow(
                    "EventBridge rule", rule.name(), rule.busName(), rule.targetQueue(), rule.eventPattern()));
            y += node.height() + GAP;
        }
        for (SubscriptionSpec subscription : topology.subscriptions()) {
            List<String> lines = patternLines(subscription.filterPolicy());
            if (subscription.rawMessageDelivery()) {
                lines.add("raw message delivery");
            }
            Node node = box(
                    "subscription:" + subscription.queue(),
                    "subscription",
                    2,
                    y,
                    "subscription → " + subscription.queue(),
                    lines);
            routeNodes.add(node);
            routeRouter.put(node.id(), "topic");
            rows.add(new RouteRow(
                    "SNS subscription",
                    subscription.topicName() + " → " + subscription.queue(),
                    subscription.topicName(),
                    subscription.queue(),
                    subscription.filterPolicy()));
            y += node.height() + GAP;
        }
        int height = y + TOP;

        List<Node> nodes = new ArrayList<>(routeNodes);
        Node bus = centredOn(
                box(
                        "bus",
                        "bus",
                        1,
                        0,
                        "EventBridge bus",
                        List.of(
                                topology.busName(),
                                "archive " + topology.archive().name())),
                routeNodes.stream()
                        .filter(node -> routeRouter.get(node.id()).equals("bus"))
                        .toList());
        Node topic = centredOn(
                box("topic", "topic", 1, 0, "SNS topic", List.of(topology.topicName())),
                routeNodes.stream()
                        .filter(node -> routeRouter.get(node.id()).equals("topic"))
                        .toList());
        nodes.add(bus);
        nodes.add(topic);

        List<Edge> edges = new ArrayList<>();
        for (Node route : routeNodes) {
            edges.add(edge(routeRouter.get(route.id()).equals("bus") ? bus : topic, route));
        }

        int queueGap = Math.max(GAP, (height - 2 * TOP) / topology.queues().size());
        int queueY = TOP;
        Map<String, Node> queues = new LinkedHashMap<>();
        for (QueueSpec queue : topology.queues()) {
            Node node = box(
                    "queue:" + queue.name(),
                    "queue",
                    3,
                    queueY,
                    "SQS queue " + queue.name(),
                    List.of(
                            "dead letters, after " + queue.maxReceiveCount() + " receives, to",
                            queue.deadLetterQueueName()));
            queues.put(queue.name(), node);
            nodes.add(node);
            queueY += queueGap;
        }
        for (RuleSpec rule : topology.rules()) {
            edges.add(edge(find(nodes, "rule:" + rule.name()), queues.get(rule.targetQueue())));
        }
        for (SubscriptionSpec subscription : topology.subscriptions()) {
            edges.add(edge(find(nodes, "subscription:" + subscription.queue()), queues.get(subscription.queue())));
        }
        for (ServiceName service : ServiceName.values()) {
            Node queue = queues.get(service.queueName());
            Node consumer =
                    box("consumer:" + service.id(), "service", 4, queue.y(), service.id() + "-service", List.of());
            nodes.add(consumer);
            edges.add(edge(queue, consumer));
        }

        int producerY = TOP;
        for (ServiceName service : ServiceName.values()) {
            List<Route> publishesOn = Arrays.stream(EventType.values())
                    .filter(type -> type.producer() == service)
                    .map(EventType::route)
                    .distinct()
                    .toList();
            if (publishesOn.isEmpty()) {
                continue;
            }
            Node producer = box(
                    "producer:" + service.id(),
                    "service",
                    0,
                    producerY,
                    service.id() + "-service",
                    List.of("source " + service.eventSource()));
            nodes.add(producer);
            publishesOn.forEach(route -> edges.add(edge(producer, route == Route.BUS ? bus : topic)));
            producerY += producer.height() + 3 * GAP;
        }
        int width = COLUMN_X[4] + COLUMN_WIDTH[4] + 10;
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < COLUMN_LABELS.size(); i++) {
            columns.add(new Column(COLUMN_LABELS.get(i), COLUMN_X[i]));
        }
        return new TopologyDrawing(
                width, height, List.copyOf(columns), List.copyOf(nodes), List.copyOf(edges), List.copyOf(rows));
    }

    /** An event pattern or filter policy as lines of {@code field: value, value}, wrapped to fit the box. */
    static List<String> patternLines(String json) {
        List<String> lines = new ArrayList<>();
        JsonNode pattern = JsonMapper.shared().readTree(json);
        for (Map.Entry<String, JsonNode> field : pattern.properties()) {
            StringBuilder line = new StringBuilder(field.getKey()).append(":");
            for (JsonNode value : field.getValue()) {
                String text = value.isString() ? value.stringValue() : value.toString();
                if (line.length() + text.length() + 1 > MAX_LINE) {
                    lines.add(line.toString());
                    line = new StringBuilder("  ");
                } else {
                    line.append(' ');
                }
                line.append(text);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static Node box(String id, String kind, int column, int y, String title, List<String> lines) {
        int height = PADDING * 2 + LINE_HEIGHT * (lines.size() + 1);
        return new Node(id, kind, COLUMN_X[column], y, COLUMN_WIDTH[column], height, title, new ArrayList<>(lines));
    }

    private static Node centredOn(Node node, List<Node> targets) {
        if (targets.isEmpty()) {
            return node;
        }
        int top = targets.get(0).y();
        Node last = targets.get(targets.size() - 1);
        int middle = (top + last.y() + last.height()) / 2;
        return new Node(
                node.id(),
                node.kind(),
                node.x(),
                middle - node.height() / 2,
                node.width(),
                node.height(),
                node.title(),
                node.lines());
    }

    private static Node find(List<Node> nodes, String id) {
        return nodes.stream().filter(node -> node.id().equals(id)).findFirst().orElseThrow();
    }

    private static Edge edge(Node from, Node to) {
        int x1 = from.right();
        int y1 = from.middle();
        int x2 = to.x();
        int y2 = to.middle();
        int bend = (x1 + x2) / 2;
        return new Edge(
                from.id(), to.id(), "M%d %d C%d %d, %d %d, %d %d".formatted(x1, y1, bend, y1, bend, y2, x2 - 4, y2));
    }
}
