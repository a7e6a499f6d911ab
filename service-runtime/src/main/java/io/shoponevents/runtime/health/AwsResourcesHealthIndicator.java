package io.shoponevents.runtime.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Ready only while the service's queue and table can be reached; part of the readiness group. */
public class AwsResourcesHealthIndicator implements HealthIndicator {

    private final SqsClient sqs;
    private final DynamoDbClient dynamoDb;
    private final String queueName;
    private final String tableName;

    public AwsResourcesHealthIndicator(SqsClient sqs, DynamoDbClient dynamoDb, String queueName, String tableName) {
        this.sqs = sqs;
        this.dynamoDb = dynamoDb;
        this.queueName = queueName;
        this.tableName = tableName;
    }

    @Override
    public Health health() {
        try {
            sqs.getQueueUrl(request -> request.queueName(queueName));
            dynamoDb.describeTable(request -> request.tableName(tableName));
            return Health.up()
                    .withDetail("queue", queueName)
                    .withDetail("table", tableName)
                    .build();
        } catch (RuntimeException e) {
            return Health.down()
                    .withDetail("queue", queueName)
                    .withDetail("table", tableName)
                    .withDetail("error", e.getMessage())
                    .build();
        }
    }
}
