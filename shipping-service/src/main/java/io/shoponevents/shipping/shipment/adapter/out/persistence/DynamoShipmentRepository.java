package io.shoponevents.shipping.shipment.adapter.out.persistence;

import static io.shoponevents.runtime.persistence.Attributes.s;

import io.shoponevents.runtime.autoconfigure.ShopProperties;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.outbox.TransactionalOutbox;
import io.shoponevents.runtime.outbox.UnitOfWork;
import io.shoponevents.shipping.shipment.adapter.out.messaging.ShipmentEvents;
import io.shoponevents.shipping.shipment.application.ShipmentRepository;
import io.shoponevents.shipping.shipment.domain.OrderMarker;
import io.shoponevents.shipping.shipment.domain.Shipment;
import io.shoponevents.shipping.shipment.domain.ShipmentChange;
import io.shoponevents.shipping.shipment.domain.ShipmentStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Shipments and order markers in the shipping table. Every write carries the condition that keeps it correct under
 * concurrency: one marker per order, so one shipment per order however often or concurrently it is confirmed, and a
 * status change only from the status it was decided on.
 */
@Repository
class DynamoShipmentRepository implements ShipmentRepository {

    private static final String ORDER_INDEX = "gsi1";

    private final DynamoDbClient dynamoDb;
    private final TransactionalOutbox outbox;
    private final ShipmentEvents events;
    private final String tableName;

    DynamoShipmentRepository(
            DynamoDbClient dynamoDb, TransactionalOutbox outbox, ShipmentEvents events, ShopProperties properties) {
        this.dynamoDb = dynamoDb;
        this.outbox = outbox;
        this.events = events;
        this.tableName = properties.tableName();
    }

    @Override
    public Optional<Shipment> find(String shipmentId) {
        return get(ShipmentItems.shipmentKey(shipmentId)).map(ShipmentItems::toShipment);
    }

    @Override
    public List<Shipment> findByOrder(String orderId) {
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

    @Override
    public Optional<OrderMarker> findMarker(String orderId) {
        return get(ShipmentItems.markerKey(orderId)).map(ShipmentItems::toMarker);
    }

    @Override
    public CommitResult save(ShipmentChange change) {
        UnitOfWork work = new UnitOfWork();
        stateWrites(change).forEach(work::write);
        events.of(change).forEach(work::emit);
        change.causingEvent().ifPresent(cause -> work.consumes(cause.eventId()));
        return outbox.commit(work);
    }

    @Override
    public CommitResult skip(CausingEvent cause) {
        return outbox.commit(new UnitOfWork().consumes(cause.eventId()));
    }

    private List<TransactWriteItem> stateWrites(ShipmentChange change) {
        if (change instanceof ShipmentChange.Created created) {
            return List.of(
                    insert(ShipmentItems.toItem(OrderMarker.shipmentCreated(created.shipment()))),
                    insert(ShipmentItems.toItem(created.shipment())));
        }
        if (change instanceof ShipmentChange.Dispatched dispatched) {
            return List.of(update(dispatched.shipment(), ShipmentStatus.CREATED));
        }
        if (change instanceof ShipmentChange.Delivered delivered) {
            return List.of(update(delivered.shipment(), ShipmentStatus.DISPATCHED));
        }
        if (change instanceof ShipmentChange.Cancelled cancelled) {
            return List.of(update(cancelled.shipment(), ShipmentStatus.CREATED));
        }
        if (change instanceof ShipmentChange.CancelledBeforeCreation prevented) {
            return List.of(insert(ShipmentItems.toItem(OrderMarker.cancelledBeforeShipment(prevented.orderId()))));
        }
        throw new IllegalArgumentException("cannot store " + change);
    }

    private Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = dynamoDb.getItem(
                        request -> request.tableName(tableName).key(key).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** Puts an item that must not exist yet: a second marker for an order fails the whole transaction. */
    private TransactWriteItem insert(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder()
                .put(put -> put.tableName(tableName).item(item).conditionExpression("attribute_not_exists(pk)"))
                .build();
    }

    /** Stores {@code changed}, provided the stored shipment still has the status the change was decided on. */
    private TransactWriteItem update(Shipment changed, ShipmentStatus expected) {
        return TransactWriteItem.builder()
                .put(put -> put.tableName(tableName)
                        .item(ShipmentItems.toItem(changed))
                        .conditionExpression("#status = :expected")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":expected", s(expected.name()))))
                .build();
    }
}
