package io.shoponevents.infra.cdk;

import io.shoponevents.events.ServiceName;
import io.shoponevents.events.topology.IndexSpec;
import io.shoponevents.events.topology.TableSpec;
import io.shoponevents.events.topology.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.constructs.Construct;

/**
 * The services' tables: on-demand, with point-in-time recovery, and kept when the stack is destroyed (orders are
 * data, not infrastructure).
 */
final class DataStack extends Stack {

    private final Topology topology;
    private final Map<String, Table> tables = new HashMap<>();

    DataStack(Construct scope, String id, StackProps props, Topology topology) {
        super(scope, id, props);
        this.topology = topology;
        topology.tables().forEach(spec -> tables.put(spec.name(), table(spec)));
    }

    ITable table(ServiceName service) {
        return tables.get(topology.table(service).name());
    }

    List<String> indexNames(ServiceName service) {
        return topology.table(service).indexes().stream().map(IndexSpec::name).toList();
    }

    private Table table(TableSpec spec) {
        Table table = Table.Builder.create(this, spec.name())
                .tableName(spec.name())
                .partitionKey(string(spec.partitionKey()))
                .sortKey(string(spec.sortKey()))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true)
                        .build())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        for (IndexSpec index : spec.indexes()) {
            table.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
                    .indexName(index.name())
                    .partitionKey(string(index.partitionKey()))
                    .sortKey(string(index.sortKey()))
                    .projectionType(ProjectionType.ALL)
                    .build());
        }
        return table;
    }

    private static Attribute string(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }
}
