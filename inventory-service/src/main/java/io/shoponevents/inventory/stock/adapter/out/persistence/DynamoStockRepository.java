package io.shoponevents.inventory.stock.adapter.out.persistence;

import static io.shoponevents.runtime.persistence.Attributes.integer;
import static io.shoponevents.runtime.persistence.Attributes.n;
import static io.shoponevents.runtime.persistence.Attributes.s;

import io.shoponevents.inventory.stock.application.StockRepository;
import io.shoponevents.inventory.stock.domain.StockLevel;
import io.shoponevents.runtime.autoconfigure.ShopProperties;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** Stock items in the inventory table; a SKU's stock is changed by reservations only inside their transactions. */
@Repository
class DynamoStockRepository implements StockRepository {

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Clock clock;

    DynamoStockRepository(DynamoDbClient dynamoDb, ShopProperties properties, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = properties.tableName();
        this.clock = clock;
    }

    @Override
    public Optional<StockLevel> find(String sku) {
        Map<String, AttributeValue> item = read(sku);
        return item.isEmpty() ? Optional.empty() : Optional.of(StockItems.toStockLevel(item));
    }

    @Override
    public List<StockLevel> all() {
        return dynamoDb
                .queryPaginator(request -> request.tableName(tableName)
                        .indexName(StockItems.INDEX)
                        .keyConditionExpression("gsi1pk = :stock")
                        .expressionAttributeValues(Map.of(":stock", s(StockItems.INDEX_KEY))))
                .items()
                .stream()
                .map(StockItems::toStockLevel)
                .toList();
    }

    @Override
    public StockLevel setAvailable(String sku, int available) {
        Map<String, AttributeValue> item = dynamoDb.updateItem(request -> request.tableName(tableName)
                        .key(StockItems.key(sku))
                        .updateExpression("SET available = :available, reserved = if_not_exists(reserved, :zero),"
                                + " sku = :sku, gsi1pk = :stock, gsi1sk = :sku, updatedAt = :now")
                        .expressionAttributeValues(Map.of(
                                ":available", n(available),
                                ":zero", n(0),
                                ":sku", s(sku),
                                ":stock", s(StockItems.INDEX_KEY),
                                ":now", s(clock.instant().toString())))
                        .returnValues(ReturnValue.ALL_NEW))
                .attributes();
        return StockItems.toStockLevel(item);
    }

    @Override
    public Map<String, Integer> availableNow(Collection<String> skus) {
        Map<String, Integer> available = new LinkedHashMap<>();
        for (String sku : skus) {
            Map<String, AttributeValue> item = read(sku);
            if (!item.isEmpty()) {
                available.put(sku, integer(item, "available"));
            }
        }
        return available;
    }

    private Map<String, AttributeValue> read(String sku) {
        return dynamoDb.getItem(request ->
                        request.tableName(tableName).key(StockItems.key(sku)).consistentRead(true))
                .item();
    }
}
