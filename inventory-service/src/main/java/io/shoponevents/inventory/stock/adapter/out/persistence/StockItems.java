package io.shoponevents.inventory.stock.adapter.out.persistence;

import static io.shoponevents.runtime.persistence.Attributes.integer;
import static io.shoponevents.runtime.persistence.Attributes.n;
import static io.shoponevents.runtime.persistence.Attributes.s;

import io.shoponevents.inventory.stock.domain.LineItem;
import io.shoponevents.inventory.stock.domain.Shortage;
import io.shoponevents.inventory.stock.domain.StockLevel;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A SKU's stock as an item of the inventory table: {@code STOCK#<sku>}, in the index {@code gsi1} under {@code STOCK},
 * sorted by SKU. Reservations move stock with conditional writes inside their transactions; the conditions are what
 * keeps stock from going below zero, however many instances reserve at once.
 */
final class StockItems {

    static final String INDEX = "gsi1";
    static final String INDEX_KEY = "STOCK";

    private final String tableName;

    StockItems(String tableName) {
        this.tableName = tableName;
    }

    static Map<String, AttributeValue> key(String sku) {
        return Map.of("pk", s("STOCK#" + sku), "sk", s("STOCK"));
    }

    static StockLevel toStockLevel(Map<String, AttributeValue> item) {
        return new StockLevel(item.get("sku").s(), integer(item, "available"), integer(item, "reserved"));
    }

    /** Moves the line's quantity from available to reserved, if that much is available. */
    TransactWriteItem take(LineItem line, Instant now) {
        return move(line, "available", "reserved", now);
    }

    /** Moves the line's quantity from reserved back to available, if that much is reserved. */
    TransactWriteItem giveBack(LineItem line, Instant now) {
        return move(line, "reserved", "available", now);
    }

    private TransactWriteItem move(LineItem line, String from, String to, Instant now) {
        return TransactWriteItem.builder()
                .update(update -> update.tableName(tableName)
                        .key(key(line.sku()))
                        .updateExpression("SET " + from + " = " + from + " - :quantity, " + to + " = " + to
                                + " + :quantity, updatedAt = :now")
                        .conditionExpression(from + " >= :quantity")
                        .expressionAttributeValues(Map.of(":quantity", n(line.quantity()), ":now", s(now.toString()))))
                .build();
    }

    /** Holds only while the SKU is still short of the quantity requested; writes nothing. */
    TransactWriteItem stillShort(Shortage shortage) {
        return TransactWriteItem.builder()
                .conditionCheck(check -> check.tableName(tableName)
                        .key(key(shortage.sku()))
                        .conditionExpression("attribute_not_exists(pk) OR available < :requested")
                        .expressionAttributeValues(Map.of(":requested", n(shortage.requested()))))
                .build();
    }
}
