package io.shoponevents.infra.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.topology.TableSpec;
import io.shoponevents.events.topology.Topology;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DataStackTests {

    private static final String TABLE = "AWS::DynamoDB::Table";

    private static CfnTemplate data;

    @BeforeAll
    static void synthesize() {
        data = SynthesizedShop.get().data;
    }

    @Test
    void createsEveryTableOfTheTopologyOnDemandWithRecoveryTheIndexAndTheJourneyIndex() {
        List<TableSpec> tables = Topology.standard().tables();
        for (TableSpec spec : tables) {
            Map<String, Object> table = data.propertiesOf(data.logicalId(TABLE, "TableName", spec.name()));

            assertThat(table)
                    .containsEntry("BillingMode", "PAY_PER_REQUEST")
                    .containsEntry("PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true))
                    .containsEntry("KeySchema", keys(spec.partitionKey(), spec.sortKey()));
            assertThat(CfnTemplate.list(table.get("GlobalSecondaryIndexes")))
                    .containsExactly(
                            Map.of(
                                    "IndexName", spec.indexName(),
                                    "KeySchema", keys(spec.indexPartitionKey(), spec.indexSortKey()),
                                    "Projection", Map.of("ProjectionType", "ALL")),
                            Map.of(
                                    "IndexName", "gsi2",
                                    "KeySchema", keys("gsi2pk", "gsi2sk"),
                                    "Projection", Map.of("ProjectionType", "ALL")));
        }
        data.template.resourceCountIs(TABLE, tables.size());
    }

    @Test
    void keepsTheTablesWhenTheStackIsDestroyed() {
        assertThat(data.resources(TABLE).values())
                .allSatisfy(table -> assertThat(table)
                        .containsEntry("DeletionPolicy", "Retain")
                        .containsEntry("UpdateReplacePolicy", "Retain"));
    }

    private static List<Map<String, String>> keys(String partitionKey, String sortKey) {
        return List.of(
                Map.of("AttributeName", partitionKey, "KeyType", "HASH"),
                Map.of("AttributeName", sortKey, "KeyType", "RANGE"));
    }
}
