package io.shoponevents.inventory;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads a SKU's stock item straight from the table, again and again until stopped, and keeps the lowest available or
 * reserved quantity it saw: a test can tell whether stock ever went below zero, even for a moment.
 */
final class StockWatcher implements Callable<Void> {

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final String sku;
    private final AtomicBoolean watching = new AtomicBoolean(true);
    private final AtomicInteger lowest = new AtomicInteger(Integer.MAX_VALUE);

    StockWatcher(DynamoDbClient dynamoDb, String tableName, String sku) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.sku = sku;
    }

    @Override
    public Void call() {
        while (watching.get()) {
            Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(tableName)
                            .key(Map.of(
                                    "pk", AttributeValue.fromS("STOCK#" + sku), "sk", AttributeValue.fromS("STOCK")))
                            .consistentRead(true))
                    .item();
            int available = Integer.parseInt(item.get("available").n());
            int reserved = Integer.parseInt(item.get("reserved").n());
            lowest.accumulateAndGet(Math.min(available, reserved), Math::min);
        }
        return null;
    }

    void stop() {
        watching.set(false);
    }

    int lowestSeen() {
        return lowest.get();
    }
}
