package io.shoponevents.storefront.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventType;
import io.shoponevents.events.ServiceName;
import io.shoponevents.events.topology.RuleSpec;
import io.shoponevents.events.topology.SubscriptionSpec;
import io.shoponevents.events.topology.Topology;
import io.shoponevents.storefront.topology.TopologyDrawing.Edge;
import io.shoponevents.storefront.topology.TopologyDrawing.Node;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopologyDrawingTests {

    private final Topology topology = Topology.standard();
    private final TopologyDrawing drawing = TopologyDrawing.of(topology);
    private final Map<String, Node> nodes = drawing.nodes().stream().collect(Collectors.toMap(Node::id, node -> node));

    @Test
    void drawsEveryRuleWithEachDetailTypeOfItsPatternAndLinksBusRuleAndQueue() {
        for (RuleSpec rule : topology.rules()) {
            Node node = nodes.get("rule:" + rule.name());
            assertThat(node).as(rule.name()).isNotNull();
            assertThat(String.join(" ", node.lines())).contains("source: ");
            assertThat(edges())
                    .contains("bus->rule:" + rule.name(), "rule:" + rule.name() + "->queue:" + rule.targetQueue());
        }
        for (EventType type : EventType.values()) {
            if (type.route() == io.shoponevents.events.Route.BUS) {
                type.consumers()
                        .forEach(consumer ->
                                assertThat(linesOfRoutesTo(consumer)).contains(type.detailType()));
            }
        }
    }

    @Test
    void drawsEverySubscriptionWithItsFilterPolicyFromTheTopic() {
        for (SubscriptionSpec subscription : topology.subscriptions()) {
            Node node = nodes.get("subscription:" + subscription.queue());
            assertThat(node).isNotNull();
            assertThat(String.join(" ", node.lines())).contains("detail-type:", "raw message delivery");
            assertThat(edges()).contains("topic->subscription:" + subscription.queue());
        }
        assertThat(linesOfRoutesTo(ServiceName.ORDER)).contains("ShipmentDispatched", "ShipmentDelivered");
    }

    @Test
    void drawsEachQueueWithItsDeadLetterQueueBeforeTheServiceThatReadsIt() {
        for (ServiceName service : ServiceName.values()) {
            Node queue = nodes.get("queue:" + service.queueName());
            assertThat(queue.lines()).contains("dead letters, after 3 receives, to", service.queueName() + "-dlq");
            assertThat(edges()).contains("queue:" + service.queueName() + "->consumer:" + service.id());
        }
    }

    @Test
    void producersPublishWhereTheCatalogSays() {
        assertThat(edges())
                .contains("producer:order->bus", "producer:inventory->bus", "producer:shipping->topic")
                .doesNotContain("producer:shipping->bus", "producer:order->topic");
        assertThat(nodes).doesNotContainKey("producer:notification");
    }

    @Test
    void boxesOfOneColumnDoNotOverlapAndFitTheDrawing() {
        Map<Integer, List<Node>> columns = drawing.nodes().stream().collect(Collectors.groupingBy(Node::x));
        columns.values().forEach(column -> {
            List<Node> sorted = column.stream()
                    .sorted(java.util.Comparator.comparingInt(Node::y))
                    .toList();
            for (int i = 1; i < sorted.size(); i++) {
                Node above = sorted.get(i - 1);
                assertThat(sorted.get(i).y()).as(sorted.get(i).id()).isGreaterThanOrEqualTo(above.y() + above.height());
            }
        });
        assertThat(drawing.nodes())
                .allSatisfy(node -> assertThat(node.y() + node.height()).isLessThanOrEqualTo(drawing.height()));
    }

    @Test
    void everyEdgeJoinsTwoDrawnBoxes() {
        assertThat(drawing.edges()).allSatisfy(edge -> {
            assertThat(nodes).containsKey(edge.from());
            assertThat(nodes).containsKey(edge.to());
            assertThat(edge.path()).startsWith("M");
        });
    }

    private Set<String> edges() {
        return drawing.edges().stream()
                .map(edge -> edge.from() + "->" + edge.to())
                .collect(Collectors.toSet());
    }

    /** The text of every rule or subscription box that ends at the consumer's queue. */
    private String linesOfRoutesTo(ServiceName consumer) {
        return drawing.edges().stream()
                .filter(edge -> edge.to().equals("queue:" + consumer.queueName()))
                .map(Edge::from)
                .map(nodes::get)
                .flatMap(node -> node.lines().stream())
                .collect(Collectors.joining(" "));
    }
}
