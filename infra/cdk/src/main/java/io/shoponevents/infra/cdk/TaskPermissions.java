package io.shoponevents.infra.cdk;

import io.shoponevents.events.Route;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * What one service's task role may do, on named resources only: read its own queue (and move poison messages to its
 * dead-letter queue), use its own table and its indexes,
 * publish where the catalog says it publishes, and send email if it does. (Tracing permissions: {@link XrayDaemon}.)
 */
final class TaskPermissions {

    static final List<String> TABLE_ACTIONS = List.of(
            "dynamodb:GetItem",
            "dynamodb:BatchGetItem",
            "dynamodb:Query",
            "dynamodb:Scan",
            "dynamodb:PutItem",
            "dynamodb:UpdateItem",
            "dynamodb:DeleteItem",
            "dynamodb:BatchWriteItem",
            "dynamodb:ConditionCheckItem",
            "dynamodb:DescribeTable");

    private TaskPermissions() {}

    static void grant(
            IRole role,
            ServiceDeployment deployment,
            MessagingStack messaging,
            DataStack data,
            String emailIdentityArn) {
        messaging.queue(deployment.service()).grantConsumeMessages(role);
        // A message that breaks the contract is moved to the dead-letter queue by the service itself, at once.
        messaging.deadLetterQueue(deployment.service()).grantSendMessages(role);
        ITable table = data.table(deployment.service());
        List<String> tableAndIndexes = new ArrayList<>(List.of(table.getTableArn()));
        data.indexNames(deployment.service())
                .forEach(indexName -> tableAndIndexes.add(table.getTableArn() + "/index/" + indexName));
        role.addToPrincipalPolicy(allow(TABLE_ACTIONS, tableAndIndexes.toArray(String[]::new)));
        if (deployment.publishesOn().contains(Route.BUS)) {
            messaging.bus().grantPutEventsTo(role);
        }
        if (deployment.publishesOn().contains(Route.TOPIC)) {
            messaging.topic().grantPublish(role);
        }
        if (deployment.sendsEmail()) {
            role.addToPrincipalPolicy(allow(List.of("ses:SendEmail"), emailIdentityArn));
            if (emailIdentityArn.endsWith("/*")) {
                Nag.accept(
                        role,
                        "AwsSolutions-IAM5",
                        "Sends from any verified SES identity of this account and region unless deployed with -c"
                                + " sesIdentity=<domain or address>; in the SES sandbox recipients are identities too.",
                        "Resource::arn:<AWS::Partition>:ses:" + Stack.of(role).getRegion()
                                + ":<AWS::AccountId>:identity/*");
            }
        }
    }

    private static PolicyStatement allow(List<String> actions, String... resources) {
        return PolicyStatement.Builder.create()
                .actions(actions)
                .resources(List.of(resources))
                .build();
    }
}
