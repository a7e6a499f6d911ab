package io.shoponevents.inventory.adapter.out.persistence;

import static io.shoponevents.inventory.adapter.out.persistence.InventoryItems.n;
import static io.shoponevents.inventory.adapter.out.persistence.InventoryItems.s;

import io.shoponevents.inventory.domain.LineItem;
import io.shoponevents.inventory.domain.Shortage;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The conditional writes on stock items inside a reservation's transaction. The conditions are what keeps stock from
 * going below zero, however many instances reserve at once.
 */
final class StockWrites {

    private final String tableName;

    StockWrites(String tableName) {
        this.tableName = tableName;
    }

    /** Moves the line's quantity from available to reserved, if that much is available. */
    TransactWriteItem take(LineItem line, Instant now) {
        return TransactWriteItem.builder()
                .update(update -> update.tableName(tableName)
                        .key(InventoryItems.stockKey(line.sku()))
                        .updateExpression(
                                "SET available = available - :quantity, reserved = reserved + :quantity, updatedAt = :now")
                        .conditionExpression("available >= :quantity")
                        .expressionAttributeValues(Map.of(":quantity", n(line.quantity()), ":now", s(now.toString()))))
                .build();
    }

    /** Moves the line's quantity from reserved back to available, if that much is reserved. */
    TransactWriteItem giveBack(LineItem line, Instant now) {
        return TransactWriteItem.builder()
                .update(update -> update.tableName(tableName)
                        .key(InventoryItems.stockKey(line.sku()))
                        .updateExpression(
                                "SET available = available + :quantity, reserved = reserved - :quantity, updatedAt = :now")
                        .conditionExpression("reserved >= :quantity")
                        .expressionAttributeValues(Map.of(":quantity", n(line.quantity()), ":now", s(now.toString()))))
                .build();
    }

    /** Holds only while the SKU is still short of the quantity requested; writes nothing. */
    TransactWriteItem stillShort(Shortage shortage) {
        return TransactWriteItem.builder()
                .conditionCheck(check -> check.tableName(tableName)
                        .key(InventoryItems.stockKey(shortage.sku()))
                        .conditionExpression("attribute_not_exists(pk) OR available < :requested")
                        .expressionAttributeValues(Map.of(":requested", n(shortage.requested()))))
                .build();
    }
}
