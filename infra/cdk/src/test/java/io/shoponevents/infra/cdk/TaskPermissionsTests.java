package io.shoponevents.infra.cdk;

import static io.shoponevents.infra.cdk.CfnTemplate.listOf;
import static io.shoponevents.infra.cdk.CfnTemplate.map;
import static io.shoponevents.infra.cdk.CfnTemplate.referencedId;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.ServiceName;
import io.shoponevents.events.topology.Topology;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TaskPermissionsTests {

    private static final Set<String> RESTRICTED_SERVICES = Set.of("sqs:", "sns:", "events:", "dynamodb:", "ses:");
    private static final Set<String> PUBLISHING_ACTIONS = Set.of("events:PutEvents", "sns:Publish", "ses:SendEmail");

    private static SynthesizedShop shop;

    @BeforeAll
    static void synthesize() {
        shop = SynthesizedShop.get();
    }

    @Test
    void noStatementAllowsQueueTopicBusTableOrEmailActionsOnEveryResource() {
        List<Map<String, Object>> restricted = shop.all().stream()
                .flatMap(template -> template.identityStatements().stream())
                .filter(statement -> "Allow".equals(statement.get("Effect")))
                .filter(statement -> actions(statement).stream().anyMatch(TaskPermissionsTests::isRestricted))
                .toList();

        assertThat(restricted).isNotEmpty().allSatisfy(statement -> {
            assertThat(listOf(statement.get("Resource"))).doesNotContain("*");
            assertThat(actions(statement)).noneMatch(action -> action.endsWith(":*"));
        });
    }

    @Test
    void eachServiceReadsOnlyItsOwnQueueAndMovesPoisonOnlyToItsOwnDeadLetterQueue() {
        for (ServiceDeployment deployment : ServiceDeployment.all()) {
            Map<Object, Set<String>> actionsByQueue = statementsOf(deployment).stream()
                    .filter(statement -> actions(statement).stream().anyMatch(action -> action.startsWith("sqs:")))
                    .collect(Collectors.toMap(
                            statement -> queueName(statement.get("Resource")),
                            statement -> Set.copyOf(actions(statement)),
                            (left, right) -> {
                                Set<String> union = new HashSet<>(left);
                                union.addAll(right);
                                return union;
                            }));

            assertThat(actionsByQueue)
                    .as(deployment.moduleName())
                    .isEqualTo(Map.of(
                            deployment.service().queueName(),
                            Set.of(
                                    "sqs:ReceiveMessage",
                                    "sqs:DeleteMessage",
                                    "sqs:ChangeMessageVisibility",
                                    "sqs:GetQueueAttributes",
                                    "sqs:GetQueueUrl"),
                            deployment.service().queueName() + "-dlq",
                            Set.of("sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl")));
        }
    }

    @Test
    void eachServiceUsesOnlyItsOwnTableAndItsIndexes() {
        for (ServiceDeployment deployment : ServiceDeployment.all()) {
            String tableId = shop.data.logicalId(
                    "AWS::DynamoDB::Table", "TableName", deployment.service().tableName());
            Map<String, Object> tableArn = Map.of("Fn::GetAtt", List.of(tableId, "Arn"));

            List<Object> resources = resourcesOf(deployment, "dynamodb:");

            assertThat(resources).hasSize(3);
            assertThat(shop.resolveImport(resources.get(0))).isEqualTo(tableArn);
            List<String> indexes = List.of("/index/gsi1", "/index/gsi2");
            for (int i = 0; i < indexes.size(); i++) {
                List<Object> indexArn =
                        CfnTemplate.list(map(resources.get(i + 1)).get("Fn::Join"));
                assertThat(shop.resolveImport(CfnTemplate.list(indexArn.get(1)).get(0)))
                        .isEqualTo(tableArn);
                assertThat(CfnTemplate.list(indexArn.get(1)).get(1)).isEqualTo(indexes.get(i));
            }
        }
    }

    @Test
    void eachServicePublishesOnlyWhereTheCatalogSaysItProducesAndNotificationSendsEmail() {
        Map<ServiceName, Set<String>> expected = Map.of(
                ServiceName.ORDER, Set.of("events:PutEvents"),
                ServiceName.INVENTORY, Set.of("events:PutEvents"),
                ServiceName.SHIPPING, Set.of("sns:Publish"),
                ServiceName.NOTIFICATION, Set.of("ses:SendEmail"));
        String busId = shop.messaging.logicalId("AWS::Events::EventBus", "Name", Topology.BUS_NAME);
        String topicId = shop.messaging.logicalId("AWS::SNS::Topic", "TopicName", Topology.TOPIC_NAME);

        for (ServiceDeployment deployment : ServiceDeployment.all()) {
            Set<String> publishing = statementsOf(deployment).stream()
                    .flatMap(statement -> actions(statement).stream())
                    .filter(PUBLISHING_ACTIONS::contains)
                    .collect(Collectors.toSet());

            assertThat(publishing).as(deployment.moduleName()).isEqualTo(expected.get(deployment.service()));
        }
        assertThat(resourcesOf(ServiceName.ORDER, "events:"))
                .allMatch(bus -> busId.equals(referencedId(shop.resolveImport(bus))));
        assertThat(resourcesOf(ServiceName.SHIPPING, "sns:"))
                .allMatch(topic -> topicId.equals(referencedId(shop.resolveImport(topic))));
    }

    private static boolean isRestricted(String action) {
        return RESTRICTED_SERVICES.stream().anyMatch(action::startsWith);
    }

    private static List<String> actions(Map<String, Object> statement) {
        return listOf(statement.get("Action")).stream().map(String.class::cast).toList();
    }

    private static Object queueName(Object queueArn) {
        return shop.messaging
                .propertiesOf(referencedId(shop.resolveImport(queueArn)))
                .get("QueueName");
    }

    private static List<Object> resourcesOf(ServiceName service, String actionPrefix) {
        return resourcesOf(
                ServiceDeployment.all().stream()
                        .filter(deployment -> deployment.service() == service)
                        .findFirst()
                        .orElseThrow(),
                actionPrefix);
    }

    /** The resources of the statements that allow actions starting with {@code actionPrefix}. */
    private static List<Object> resourcesOf(ServiceDeployment deployment, String actionPrefix) {
        return statementsOf(deployment).stream()
                .filter(statement -> actions(statement).stream().anyMatch(action -> action.startsWith(actionPrefix)))
                .flatMap(statement -> listOf(statement.get("Resource")).stream())
                .toList();
    }

    /** The statements of the policies attached to the task role of {@code deployment}. */
    private static List<Map<String, Object>> statementsOf(ServiceDeployment deployment) {
        CfnTemplate services = shop.services;
        String taskDefinition = services.logicalId("AWS::ECS::TaskDefinition", "Family", deployment.moduleName());
        String taskRole = referencedId(services.propertiesOf(taskDefinition).get("TaskRoleArn"));
        return services.properties("AWS::IAM::Policy").stream()
                .filter(policy -> listOf(policy.get("Roles")).contains(Map.of("Ref", taskRole)))
                .flatMap(policy -> CfnTemplate.statements(policy.get("PolicyDocument")).stream())
                .toList();
    }
}
