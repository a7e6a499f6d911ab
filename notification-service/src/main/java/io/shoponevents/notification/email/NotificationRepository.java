package io.shoponevents.notification.email;

import io.shoponevents.runtime.autoconfigure.ShopProperties;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Notifications by order and by customer, oldest first; and the write that records a new one. */
@Repository
class NotificationRepository {

    private static final String CUSTOMER_INDEX = "gsi1";

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    NotificationRepository(DynamoDbClient dynamoDb, ShopProperties properties) {
        this.dynamoDb = dynamoDb;
        this.tableName = properties.tableName();
    }

    List<Notification> findByOrderId(String orderId) {
        return query(null, "pk = :key AND begins_with(sk, :prefix)", NotificationItems.orderKey(orderId));
    }

    List<Notification> findByCustomerId(String customerId) {
        return query(
                CUSTOMER_INDEX,
                "gsi1pk = :key AND begins_with(gsi1sk, :prefix)",
                NotificationItems.customerKey(customerId));
    }

    TransactWriteItem insert(Notification notification) {
        return TransactWriteItem.builder()
                .put(put -> put.tableName(tableName)
                        .item(NotificationItems.toItem(notification))
                        .conditionExpression("attribute_not_exists(pk)"))
                .build();
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
