package io.shoponevents.events.topology;

/**
 * A service's DynamoDB table: string partition and sort keys plus one generic global secondary index, so each service
 * can shape its own items (aggregates, outbox, inbox) in one table.
 */
public record TableSpec(
        String name,
        String partitionKey,
        String sortKey,
        String indexName,
        String indexPartitionKey,
        String indexSortKey) {

    static TableSpec named(String name) {
        return new TableSpec(name, "pk", "sk", "gsi1", "gsi1pk", "gsi1sk");
    }
}
