package io.shoponevents.infra.provision;

import io.shoponevents.events.topology.IndexSpec;
import io.shoponevents.events.topology.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Creates each service's table, on demand, with its secondary indexes; adds an index the table lacks (a table created
 * before the journey index existed), one at a time as DynamoDB requires.
 */
final class Tables {

    private final DynamoDbClient dynamoDb;
    private final ProvisioningLog log;

    Tables(DynamoDbClient dynamoDb, ProvisioningLog log) {
        this.dynamoDb = dynamoDb;
        this.log = log;
    }

    void ensure(List<TableSpec> tables) {
        for (TableSpec table : tables) {
            Optional<TableDescription> existing = describe(table.name());
            if (existing.isEmpty()) {
                create(table);
                log.created("table " + table.name());
            } else {
                addMissingIndexes(table, existing.get());
            }
        }
        for (TableSpec table : tables) {
            dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(table.name()));
        }
    }

    private Optional<TableDescription> describe(String name) {
        try {
            return Optional.of(
                    dynamoDb.describeTable(request -> request.tableName(name)).table());
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    private void addMissingIndexes(TableSpec table, TableDescription description) {
        Set<String> present = description.globalSecondaryIndexes().stream()
                .map(GlobalSecondaryIndexDescription::indexName)
                .collect(Collectors.toSet());
        for (IndexSpec index : table.indexes()) {
            if (present.contains(index.name())) {
                continue;
            }
            dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(table.name()));
            dynamoDb.updateTable(request -> request.tableName(table.name())
                    .attributeDefinitions(stringAttribute(index.partitionKey()), stringAttribute(index.sortKey()))
                    .globalSecondaryIndexUpdates(update -> update.create(create -> create.indexName(index.name())
                            .keySchema(key(index.partitionKey(), KeyType.HASH), key(index.sortKey(), KeyType.RANGE))
                            .projection(projection -> projection.projectionType(ProjectionType.ALL)))));
            log.created("index " + index.name() + " of table " + table.name());
        }
    }

    private void create(TableSpec table) {
        List<AttributeDefinition> attributes =
                new ArrayList<>(List.of(stringAttribute(table.partitionKey()), stringAttribute(table.sortKey())));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (IndexSpec index : table.indexes()) {
            attributes.add(stringAttribute(index.partitionKey()));
            attributes.add(stringAttribute(index.sortKey()));
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(index.name())
                    .keySchema(key(index.partitionKey(), KeyType.HASH), key(index.sortKey(), KeyType.RANGE))
                    .projection(projection -> projection.projectionType(ProjectionType.ALL))
                    .build());
        }
        dynamoDb.createTable(request -> request.tableName(table.name())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes)
                .keySchema(key(table.partitionKey(), KeyType.HASH), key(table.sortKey(), KeyType.RANGE))
                .globalSecondaryIndexes(indexes));
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
