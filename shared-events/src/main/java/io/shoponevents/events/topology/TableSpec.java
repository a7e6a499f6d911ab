package io.shoponevents.events.topology;

import java.util.List;

/**
 * A service's DynamoDB table: string partition and sort keys plus one generic global secondary index, so each service
 * can shape its own items (aggregates, outbox, inbox) in one table.
 *
 * @param journeyIndex the sparse index of the events the service produced (outbox) and consumed (inbox), keyed by
 *     correlation id; only those entries carry its keys
 */
public record TableSpec(
        String name,
        String partitionKey,
        String sortKey,
        String indexName,
        String indexPartitionKey,
        String indexSortKey,
        IndexSpec journeyIndex) {

    static TableSpec named(String name) {
        return new TableSpec(name, "pk", "sk", "gsi1", "gsi1pk", "gsi1sk", new IndexSpec("gsi2", "gsi2pk", "gsi2sk"));
    }

    /** Every global secondary index of the table: the generic one, then the journey index. */
    public List<IndexSpec> indexes() {
        return List.of(new IndexSpec(indexName, indexPartitionKey, indexSortKey), journeyIndex);
    }
}
