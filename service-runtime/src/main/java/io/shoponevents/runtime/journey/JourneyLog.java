package io.shoponevents.runtime.journey;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads a service's journey entries of one correlation id from the journey index of its table, oldest first. */
public final class JourneyLog {

    /** More than any order's saga produces; a cart edited for a long time shows its first events. */
    static final int MAX_ENTRIES = 500;

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final String serviceName;

    public JourneyLog(DynamoDbClient dynamoDb, String tableName, String serviceName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.serviceName = serviceName;
    }

    public Journey of(String correlationId) {
        List<JourneyEntry> entries = dynamoDb
                .queryPaginator(request -> request.tableName(tableName)
                        .indexName(JourneyItems.INDEX)
                        .keyConditionExpression("#pk = :key")
                        .expressionAttributeNames(Map.of("#pk", JourneyItems.PARTITION_KEY))
                        .expressionAttributeValues(
                                Map.of(":key", AttributeValue.fromS(JourneyItems.key(correlationId)))))
                .items()
                .stream()
                .limit(MAX_ENTRIES)
                .map(JourneyItems::entry)
                .toList();
        return new Journey(serviceName, correlationId, entries);
    }
}
