package io.shoponevents.infra.provision;

import io.shoponevents.events.topology.TableSpec;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Creates each service's table, on demand, with its one secondary index. */
final class Tables {

    private final DynamoDbClient dynamoDb;
    private final ProvisioningLog log;

    Tables(DynamoDbClient dynamoDb, ProvisioningLog log) {
        this.dynamoDb = dynamoDb;
        this.log = log;
    }

    void ensure(List<TableSpec> tables) {
        for (TableSpec table : tables) {
            if (!exists(table.name())) {
                create(table);
                log.created("table " + table.name());
            }
        }
        for (TableSpec table : tables) {
            dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(table.name()));
        }
    }

    private boolean exists(String name) {
        try {
            dynamoDb.describeTable(request -> request.tableName(name));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    private void create(TableSpec table) {
        dynamoDb.createTable(request -> request.tableName(table.name())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        stringAttribute(table.partitionKey()),
                        stringAttribute(table.sortKey()),
                        stringAttribute(table.indexPartitionKey()),
                        stringAttribute(table.indexSortKey()))
                .keySchema(key(table.partitionKey(), KeyType.HASH), key(table.sortKey(), KeyType.RANGE))
                .globalSecondaryIndexes(index -> index.indexName(table.indexName())
                        .keySchema(
                                key(table.indexPartitionKey(), KeyType.HASH), key(table.indexSortKey(), KeyType.RANGE))
                        .projection(projection -> projection.projectionType(ProjectionType.ALL))));
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(ScalarAttributeType.S)
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
