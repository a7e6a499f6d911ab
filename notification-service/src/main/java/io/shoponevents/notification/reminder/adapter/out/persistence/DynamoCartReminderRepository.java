package io.shoponevents.notification.reminder.adapter.out.persistence;

import io.shoponevents.notification.email.adapter.out.persistence.NotificationItems;
import io.shoponevents.notification.reminder.application.CartReminderRepository;
import io.shoponevents.notification.reminder.domain.CartReminder;
import io.shoponevents.notification.reminder.domain.CartReminderChange;
import io.shoponevents.runtime.autoconfigure.ShopProperties;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.outbox.TransactionalOutbox;
import io.shoponevents.runtime.outbox.UnitOfWork;
import io.shoponevents.runtime.persistence.Attributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Carts' reminders in the service's table; the carts due a look come from the sparse index {@code gsi1}. */
@Repository
class DynamoCartReminderRepository implements CartReminderRepository {

    private static final String INDEX = "gsi1";

    private final DynamoDbClient dynamoDb;
    private final TransactionalOutbox outbox;
    private final String tableName;

    DynamoCartReminderRepository(DynamoDbClient dynamoDb, TransactionalOutbox outbox, ShopProperties properties) {
        this.dynamoDb = dynamoDb;
        this.outbox = outbox;
        this.tableName = properties.tableName();
    }

    @Override
    public Optional<CartReminder> find(String cartId) {
        var response = dynamoDb.getItem(request ->
                request.tableName(tableName).key(CartReminderItems.key(cartId)).consistentRead(true));
        return response.hasItem() ? Optional.of(CartReminderItems.toCart(response.item())) : Optional.empty();
    }

    @Override
    public CommitResult save(CartReminderChange change) {
        CartReminder cart = change.cart();
        UnitOfWork work = new UnitOfWork()
                .write(Attributes.versionedPut(tableName, CartReminderItems.toItem(cart), cart.version()));
        if (change instanceof CartReminderChange.Reminded reminded) {
            work.write(TransactWriteItem.builder()
                    .put(put -> put.tableName(tableName)
                            .item(NotificationItems.toItem(reminded.notification()))
                            .conditionExpression("attribute_not_exists(pk)"))
                    .build());
        }
        if (change.cause() != null) {
            work.consumes(change.cause().eventId());
        }
        return outbox.commit(work);
    }

    @Override
    public CommitResult skip(CausingEvent cause) {
        return outbox.commit(new UnitOfWork().consumes(cause.eventId()));
    }

    @Override
    public List<String> findCartIdsToLookAt(Instant time, int limit) {
        List<String> cartIds = new ArrayList<>();
        for (int shard = 0; shard < CartReminderItems.SHARDS && cartIds.size() < limit; shard++) {
            int left = limit - cartIds.size();
            String shardKey = CartReminderItems.SHARD_PREFIX + shard;
            dynamoDb.query(request -> request.tableName(tableName)
                            .indexName(INDEX)
                            .keyConditionExpression("gsi1pk = :shard AND gsi1sk <= :bound")
                            .expressionAttributeValues(Map.of(
                                    ":shard", AttributeValue.fromS(shardKey),
                                    ":bound", CartReminderItems.lookAtBound(time)))
                            .limit(left))
                    .items()
                    .forEach(item -> cartIds.add(Attributes.string(item, "cartId")));
        }
        return cartIds;
    }
}
