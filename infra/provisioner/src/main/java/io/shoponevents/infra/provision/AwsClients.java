package io.shoponevents.infra.provision;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The clients the provisioner needs, all pointed at one target. */
record AwsClients(SqsClient sqs, SnsClient sns, EventBridgeClient eventBridge, DynamoDbClient dynamoDb, SesClient ses)
        implements AutoCloseable {

    static AwsClients connect(AwsTarget target) {
        return new AwsClients(
                target.configure(SqsClient.builder()).build(),
                target.configure(SnsClient.builder()).build(),
                target.configure(EventBridgeClient.builder()).build(),
                target.configure(DynamoDbClient.builder()).build(),
                target.configure(SesClient.builder()).build());
    }

    @Override
    public void close() {
        sqs.close();
        sns.close();
        eventBridge.close();
        dynamoDb.close();
        ses.close();
    }
}
