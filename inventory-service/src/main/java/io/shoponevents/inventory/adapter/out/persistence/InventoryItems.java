package io.shoponevents.inventory.adapter.out.persistence;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keys of the inventory's items in its table. A SKU's stock is {@code STOCK#<sku>} and sits in the index {@code gsi1}
 * under {@code STOCK}, sorted by SKU; an order's reservation is {@code RESERVATION#<orderId>}. The outbox and inbox
 * keep their own {@code OUTBOX#} and {@code INBOX#} items in the same table.
 */
final class InventoryItems {

    static final String INDEX = "gsi1";
    static final String STOCK_INDEX_KEY = "STOCK";

    private InventoryItems() {}

    static Map<String, AttributeValue> stockKey(String sku) {
        return Map.of("pk", s("STOCK#" + sku), "sk", s("STOCK"));
    }

    static Map<String, AttributeValue> reservationKey(String orderId) {
        return Map.of("pk", s("RESERVATION#" + orderId), "sk", s("RESERVATION"));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static int intOf(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? 0 : Integer.parseInt(value.n());
    }
}
