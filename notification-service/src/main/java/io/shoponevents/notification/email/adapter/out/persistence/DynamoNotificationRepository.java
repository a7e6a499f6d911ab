package io.shoponevents.notification.email.adapter.out.persistence;

import io.shoponevents.notification.email.application.NotificationRepository;
import io.shoponevents.notification.email.domain.Notification;
import io.shoponevents.notification.email.domain.NotificationChange;
import io.shoponevents.runtime.autoconfigure.ShopProperties;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.outbox.TransactionalOutbox;
import io.shoponevents.runtime.outbox.UnitOfWork;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Notifications in the service's table, by order and, through {@code gsi1}, by customer; oldest first. */
@Repository
class DynamoNotificationRepository implements NotificationRepository {

    private static final String CUSTOMER_INDEX = "gsi1";

    private final DynamoDbClient dynamoDb;
    private final TransactionalOutbox outbox;
    private final String tableName;

    DynamoNotificationRepository(DynamoDbClient dynamoDb, TransactionalOutbox outbox, ShopProperties properties) {
        this.dynamoDb = dynamoDb;
        this.outbox = outbox;
        this.tableName = properties.tableName();
    }

    @Override
    public List<Notification> findByOrderId(String orderId) {
        return query(null, "pk = :key AND begins_with(sk, :prefix)", NotificationItems.orderKey(orderId));
    }

    @Override
    public List<Notification> findByCustomerId(String customerId) {
        return query(
                CUSTOMER_INDEX,
                "gsi1pk = :key AND begins_with(gsi1sk, :prefix)",
                NotificationItems.customerKey(customerId));
    }

    @Override
    public boolean hasHandled(CausingEvent cause) {
        return outbox.hasHandled(cause.eventId());
    }

    @Override
    public CommitResult save(NotificationChange change) {
        return outbox.commit(new UnitOfWork()
                .write(TransactWriteItem.builder()
                        .put(put -> put.tableName(tableName)
                                .item(NotificationItems.toItem(change.notification()))
                                .conditionExpression("attribute_not_exists(pk)"))
                        .build())
                .consumes(change.cause().eventId()));
    }

    private List<Notification> query(String indexName, String keyCondition, AttributeValue key) {
        return dynamoDb
                .queryPaginator(request -> request.tableName(tableName)
                        .indexName(indexName)
                        .keyConditionExpression(keyCondition)
                        .expressionAttributeValues(
                                Map.of(":key", key, ":prefix", AttributeValue.fromS(NotificationItems.SORT_PREFIX))))
                .items()
                .stream()
                .map(NotificationItems::toNotification)
                .toList();
    }
}
