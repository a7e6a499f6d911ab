package io.shoponevents.shipping.shipment;

import io.shoponevents.runtime.autoconfigure.ShopProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Reads shipments and order markers, and builds the writes a {@code UnitOfWork} commits. Every write carries the
 * condition that keeps it correct under concurrency: one marker per order, and a status change only from the status it
 * was decided on.
 */
@Repository
class ShipmentRepository {

    private static final String ORDER_INDEX = "gsi1";

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    ShipmentRepository(DynamoDbClient dynamoDb, ShopProperties properties) {
        this.dynamoDb = dynamoDb;
        this.tableName = properties.tableName();
    }

    Optional<Shipment> findById(String shipmentId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(tableName)
                        .key(ShipmentItems.shipmentKey(shipmentId))
                        .consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ShipmentItems.toShipment(item));
    }

    List<Shipment> findByOrderId(String orderId) {
        return dynamoDb
                .queryPaginator(request -> request.tableName(tableName)
                        .indexName(ORDER_INDEX)
                        .keyConditionExpression("gsi1pk = :order")
                        .expressionAttributeValues(Map.of(":order", ShipmentItems.orderIndexKey(orderId))))
                .items()
                .stream()
                .map(ShipmentItems::toShipment)
                .toList();
    }

    Optional<OrderMarker> findMarker(String orderId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(tableName)
                        .key(ShipmentItems.markerKey(orderId))
                        .consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ShipmentItems.toMarker(item));
    }

    /** Writes the order's marker, unless the order has one already. */
    TransactWriteItem recordMarker(OrderMarker marker) {
        return TransactWriteItem.builder()
                .put(put -> put.tableName(tableName)
                        .item(ShipmentItems.toItem(marker))
                        .conditionExpression("attribute_not_exists(pk)"))
                .build();
    }

    TransactWriteItem insert(Shipment shipment) {
        return TransactWriteItem.builder()
                .put(put -> put.tableName(tableName)
                        .item(ShipmentItems.toItem(shipment))
                        .conditionExpression("attribute_not_exists(pk)"))
                .build();
    }

    /** Stores {@code changed}, provided the stored shipment still has the status the change was decided on. */
    TransactWriteItem update(Shipment changed, ShipmentStatus expected) {
        return TransactWriteItem.builder()
                .put(put -> put.tableName(tableName)
                        .item(ShipmentItems.toItem(changed))
                        .conditionExpression("#status = :expected")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":expected", AttributeValue.fromS(expected.name()))))
                .build();
    }
}
