package io.shoponevents.runtime.persistence;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * DynamoDB attribute values for a service's items, and the versioned put that guards every write of an aggregate. The
 * one place the services' persistence adapters take these from.
 */
public final class Attributes {

    public static final String VERSION = "version";

    private Attributes() {}

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    public static AttributeValue n(BigDecimal value) {
        return AttributeValue.fromN(value.toPlainString());
    }

    /** A string attribute, or null when the item has none. */
    public static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    public static int integer(Map<String, AttributeValue> item, String name) {
        return Integer.parseInt(item.get(name).n());
    }

    public static long number(Map<String, AttributeValue> item, String name) {
        return Long.parseLong(item.get(name).n());
    }

    public static BigDecimal decimal(Map<String, AttributeValue> item, String name) {
        return new BigDecimal(item.get(name).n());
    }

    public static long version(Map<String, AttributeValue> item) {
        return number(item, VERSION);
    }

    /**
     * Puts {@code item} with the next version, on condition that the stored item still has the version it was read
     * at; version 0 means new, so nothing may be stored under its key yet. A failed condition makes the whole
     * transaction fail: the write lost a race and must be read and tried again.
     */
    public static TransactWriteItem versionedPut(String table, Map<String, AttributeValue> item, long readVersion) {
        Map<String, AttributeValue> versioned = new HashMap<>(item);
        versioned.put(VERSION, n(readVersion + 1));
        return TransactWriteItem.builder()
                .put(put -> {
                    put.tableName(table).item(versioned);
                    if (readVersion == 0) {
                        put.conditionExpression("attribute_not_exists(pk)");
                    } else {
                        put.conditionExpression("#version = :read")
                                .expressionAttributeNames(Map.of("#version", VERSION))
                                .expressionAttributeValues(Map.of(":read", n(readVersion)));
                    }
                })
                .build();
    }
}
