package io.shoponevents.infra.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.topology.QueueSpec;
import io.shoponevents.events.topology.SubscriptionSpec;
import io.shoponevents.events.topology.Topology;
import io.shoponevents.testsupport.AwsEndpoint;
import io.shoponevents.testsupport.AwsTestEndpoint;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProvisionerIntegrationTests {

    private static final Topology topology = Topology.standard();
    private static final JsonMapper json = JsonMapper.shared();
    private static AwsClients clients;
    private static ProvisioningLog firstRun;

    @BeforeAll
    static void provisionOnce() {
        AwsEndpoint endpoint = AwsTestEndpoint.get();
        clients = AwsClients.connect(
                new AwsTarget(Optional.of(endpoint.uri()), Optional.of(endpoint.dynamoDbUri()), endpoint.region()));
        firstRun = provision();
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @Test
    void runningItAgainChangesNothingAndFailsNothing() {
        ProvisioningLog secondRun = provision();

        assertThat(secondRun.created()).isEmpty();
        assertThat(secondRun.skipped()).isEqualTo(firstRun.skipped());
    }

    @Test
    void everyQueueRedrivesToItsDeadLetterQueueAndAdmitsOnlyItsSenders() {
        for (QueueSpec spec : topology.queues()) {
            Map<QueueAttributeName, String> attributes = attributes(spec.name());
            String deadLetterArn = attributes(spec.deadLetterQueueName()).get(QueueAttributeName.QUEUE_ARN);

            JsonNode redrive = json.readTree(attributes.get(QueueAttributeName.REDRIVE_POLICY));
            assertThat(redrive.path("deadLetterTargetArn").asString()).isEqualTo(deadLetterArn);
            assertThat(redrive.path("maxReceiveCount").asInt()).isEqualTo(spec.maxReceiveCount());
            assertThat(attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT))
                    .isEqualTo(Long.toString(spec.visibilityTimeout().toSeconds()));

            JsonNode statements =
                    json.readTree(attributes.get(QueueAttributeName.POLICY)).path("Statement");
            assertThat(statements.size()).isPositive();
            statements.forEach(statement -> {
                assertThat(statement.path("Action").asString()).isEqualTo("sqs:SendMessage");
                assertThat(statement
                                .path("Condition")
                                .path("ArnEquals")
                                .path("aws:SourceArn")
                                .asString())
                        .as("queue %s admits senders only by aws:SourceArn", spec.name())
                        .isNotBlank();
            });
        }
    }

    @Test
    void subscriptionsCarryTheirFilterPolicyAndRawDelivery() {
        String topicArn = clients.sns()
                .createTopic(request -> request.name(topology.topicName()))
                .topicArn();
        for (SubscriptionSpec spec : topology.subscriptions()) {
            String queueArn = attributes(spec.queue()).get(QueueAttributeName.QUEUE_ARN);
            Subscription subscription =
                    clients
                            .sns()
                            .listSubscriptionsByTopic(request -> request.topicArn(topicArn))
                            .subscriptions()
                            .stream()
                            .filter(candidate -> queueArn.equals(candidate.endpoint()))
                            .findFirst()
                            .orElseThrow();
            Map<String, String> attributes = clients.sns()
                    .getSubscriptionAttributes(request -> request.subscriptionArn(subscription.subscriptionArn()))
                    .attributes();

            assertThat(json.readTree(attributes.get("FilterPolicy"))).isEqualTo(json.readTree(spec.filterPolicy()));
            assertThat(attributes.get("RawMessageDelivery")).isEqualTo("true");
        }
    }

    @Test
    void everyRuleHasItsPatternAndTargetsItsQueue() {
        topology.rules().forEach(rule -> {
            String pattern = clients.eventBridge()
                    .describeRule(request -> request.name(rule.name()).eventBusName(rule.busName()))
                    .eventPattern();
            String queueArn = attributes(rule.targetQueue()).get(QueueAttributeName.QUEUE_ARN);

            assertThat(json.readTree(pattern)).isEqualTo(json.readTree(rule.eventPattern()));
            assertThat(clients.eventBridge()
                            .listTargetsByRule(
                                    request -> request.rule(rule.name()).eventBusName(rule.busName()))
                            .targets())
                    .singleElement()
                    .satisfies(target -> assertThat(target.arn()).isEqualTo(queueArn));
        });
    }

    @Test
    void everyServiceHasItsTable() {
        assertThat(clients.dynamoDb().listTables().tableNames())
                .containsAll(
                        topology.tables().stream().map(table -> table.name()).toList());
    }

    @Test
    void theSenderAddressIsRegisteredWithSes() {
        assertThat(clients.ses().listIdentities().identities()).contains("shop@example.com");
    }

    private static ProvisioningLog provision() {
        return new Provisioner(clients, topology, new PrintStream(OutputStream.nullOutputStream()))
                .provision("shop@example.com");
    }

    private static Map<QueueAttributeName, String> attributes(String queueName) {
        String url = clients.sqs()
                .getQueueUrl(request -> request.queueName(queueName))
                .queueUrl();
        return clients.sqs()
                .getQueueAttributes(request -> request.queueUrl(url).attributeNames(QueueAttributeName.ALL))
                .attributes();
    }
}
