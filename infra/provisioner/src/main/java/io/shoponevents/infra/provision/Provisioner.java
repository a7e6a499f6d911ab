package io.shoponevents.infra.provision;

import io.shoponevents.events.topology.RuleSpec;
import io.shoponevents.events.topology.SubscriptionSpec;
import io.shoponevents.events.topology.Topology;
import io.shoponevents.infra.provision.Queues.QueueRef;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * Creates the shop's topology and tables on any endpoint, from {@link Topology#standard()}. Running it again changes
 * nothing and fails nothing.
 *
 * <pre>java -jar provisioner-exec.jar --endpoint http://localhost:4566 [--dynamodb-endpoint http://localhost:4567]
 *     [--region us-east-1] [--sender shop@example.com]</pre>
 */
public final class Provisioner {

    private final AwsClients clients;
    private final Topology topology;
    private final ProvisioningLog log;

    Provisioner(AwsClients clients, Topology topology, PrintStream out) {
        this.clients = clients;
        this.topology = topology;
        this.log = new ProvisioningLog(out);
    }

    public static void main(String[] args) {
        ProvisionerOptions options;
        try {
            options = ProvisionerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("provisioner: " + e.getMessage());
            System.err.println(ProvisionerOptions.USAGE);
            System.exit(2);
            return;
        }
        System.out.println("Provisioning " + options.target());
        try (AwsClients clients = AwsClients.connect(options.target())) {
            ProvisioningLog log = new Provisioner(clients, Topology.standard(), System.out).provision(options.sender());
            System.out.println("Done: " + log.created().size() + " created, "
                    + log.skipped().size() + " not supported by this endpoint"
                    + (log.skipped().isEmpty() ? "" : " " + log.skipped()));
        }
    }

    /**
     * Provisions the standard topology on an emulator or account endpoint, as {@code main} does; the tables go to
     * {@code dynamoDbEndpoint}, which is {@code endpoint} unless DynamoDB answers elsewhere.
     */
    public static void provision(
            URI endpoint, URI dynamoDbEndpoint, String region, String senderEmail, PrintStream out) {
        AwsTarget target = new AwsTarget(Optional.of(endpoint), Optional.of(dynamoDbEndpoint), Region.of(region));
        try (AwsClients clients = AwsClients.connect(target)) {
            new Provisioner(clients, Topology.standard(), out).provision(senderEmail);
        }
    }

    ProvisioningLog provision(String senderEmail) {
        Queues queueProvisioner = new Queues(clients.sqs(), log);
        Map<String, QueueRef> queues = queueProvisioner.ensure(topology.queues());

        Topic topic = new Topic(clients.sns(), log);
        String topicArn = topic.ensureTopic(topology.topicName());

        Bus bus = new Bus(clients.eventBridge(), log);
        String busArn = bus.ensureBus(topology.busName());
        bus.ensureArchive(topology.archive(), busArn);
        Map<String, String> ruleArns = bus.ensureRules(topology.rules());

        restrictQueueSenders(queueProvisioner, queues, ruleArns, topicArn);
        bus.ensureTargets(topology.rules(), queues);
        topic.ensureSubscriptions(topicArn, topology.subscriptions(), queues);

        new Tables(clients.dynamoDb(), log).ensure(topology.tables());
        new SenderIdentity(clients.ses(), log).ensure(senderEmail);
        return log;
    }

    /** Each queue admits only the rules that target it and, if subscribed, the topic. */
    private void restrictQueueSenders(
            Queues queueProvisioner, Map<String, QueueRef> queues, Map<String, String> ruleArns, String topicArn) {
        List<RuleSpec> rules = topology.rules();
        List<SubscriptionSpec> subscriptions = topology.subscriptions();
        queues.values().forEach(queue -> {
            QueuePolicy policy = new QueuePolicy();
            rules.stream()
                    .filter(rule -> rule.targetQueue().equals(queue.name()))
                    .forEach(rule -> policy.allowRule(ruleArns.get(rule.name())));
            if (subscriptions.stream()
                    .anyMatch(subscription -> subscription.queue().equals(queue.name()))) {
                policy.allowTopic(topicArn);
            }
            if (!policy.isEmpty()) {
                queueProvisioner.restrictSenders(queue, policy);
            }
        });
    }
}
