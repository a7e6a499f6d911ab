package io.shoponevents.events.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.ServiceName;
import org.junit.jupiter.api.Test;

class TopologyTests {

    private final Topology topology = Topology.standard();

    @Test
    void everyServiceReadsOneQueueWithADeadLetterQueue() {
        assertThat(topology.queues())
                .extracting(QueueSpec::name, QueueSpec::deadLetterQueueName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("shop-order-events", "shop-order-events-dlq"),
                        org.assertj.core.groups.Tuple.tuple("shop-inventory-events", "shop-inventory-events-dlq"),
                        org.assertj.core.groups.Tuple.tuple("shop-shipping-events", "shop-shipping-events-dlq"),
                        org.assertj.core.groups.Tuple.tuple(
                                "shop-notification-events", "shop-notification-events-dlq"));
        assertThat(topology.queues())
                .allSatisfy(queue -> assertThat(queue.maxReceiveCount()).isBetween(1, 10));
    }

    @Test
    void rulesAndSubscriptionsTargetOnlyTheServicesQueues() {
        assertThat(topology.rules()).extracting(RuleSpec::busName).containsOnly("shop-events");
        assertThat(topology.rules())
                .extracting(RuleSpec::targetQueue)
                .containsExactlyInAnyOrder(
                        "shop-order-events",
                        "shop-inventory-events",
                        "shop-shipping-events",
                        "shop-notification-events");
        assertThat(topology.subscriptions())
                .extracting(SubscriptionSpec::queue)
                .containsExactlyInAnyOrder("shop-order-events", "shop-notification-events");
        assertThat(topology.subscriptions()).allSatisfy(subscription -> {
            assertThat(subscription.topicName()).isEqualTo("shop-shipment-events");
            assertThat(subscription.rawMessageDelivery()).isTrue();
        });
    }

    @Test
    void ruleNamesSayWhoReadsWhatFromWhom() {
        assertThat(topology.rules())
                .extracting(RuleSpec::name)
                .containsExactlyInAnyOrder(
                        "shop-order-from-inventory",
                        "shop-inventory-from-order",
                        "shop-shipping-from-order",
                        "shop-notification-from-order");
    }

    @Test
    void everyServiceOwnsItsTable() {
        assertThat(topology.tables())
                .extracting(TableSpec::name)
                .containsExactly("shop-orders", "shop-inventory", "shop-shipments", "shop-notifications");
        assertThat(topology.table(ServiceName.SHIPPING).partitionKey()).isEqualTo("pk");
    }
}
