package io.shoponevents.ordering.order.adapter.out.persistence;

import static io.shoponevents.runtime.persistence.Attributes.s;

import io.shoponevents.ordering.cart.adapter.out.persistence.CartItems;
import io.shoponevents.ordering.order.adapter.out.messaging.OrderEvents;
import io.shoponevents.ordering.order.application.OrderRepository;
import io.shoponevents.ordering.order.domain.Order;
import io.shoponevents.ordering.order.domain.OrderChange;
import io.shoponevents.runtime.autoconfigure.ShopProperties;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.outbox.TransactionalOutbox;
import io.shoponevents.runtime.outbox.UnitOfWork;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Orders in the service's table. Each change goes through the outbox: the order (and at checkout the cart it was
 * placed from), the event the change emits and the id of the event that caused it are committed in one transaction.
 */
@Repository
class DynamoOrderRepository implements OrderRepository {

    static final int MAX_ORDERS_PER_CUSTOMER = 100;

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final TransactionalOutbox outbox;
    private final OrderEvents events;

    DynamoOrderRepository(
            DynamoDbClient dynamoDb, ShopProperties properties, TransactionalOutbox outbox, OrderEvents events) {
        this.dynamoDb = dynamoDb;
        this.table = properties.tableName();
        this.outbox = outbox;
        this.events = events;
    }

    @Override
    public Optional<Order> find(String orderId) {
        GetItemResponse response = dynamoDb.getItem(
                request -> request.tableName(table).key(OrderItems.key(orderId)).consistentRead(true));
        return response.hasItem() ? Optional.of(OrderItems.order(response.item())) : Optional.empty();
    }

    @Override
    public List<Order> findByCustomer(String customerId) {
        return dynamoDb
                .queryPaginator(request -> request.tableName(table)
                        .indexName("gsi1")
                        .keyConditionExpression("gsi1pk = :customer AND begins_with(gsi1sk, :orders)")
                        .expressionAttributeValues(Map.of(
                                ":customer", s(OrderItems.CUSTOMER_PREFIX + customerId),
                                ":orders", s(OrderItems.ORDER_PREFIX)))
                        .scanIndexForward(false))
                .items()
                .stream()
                .limit(MAX_ORDERS_PER_CUSTOMER)
                .map(OrderItems::order)
                .toList();
    }

    @Override
    public CommitResult save(OrderChange change) {
        UnitOfWork work = new UnitOfWork().write(OrderItems.put(table, change.order()));
        if (change instanceof OrderChange.Placed placed) {
            work.write(CartItems.put(table, placed.checkedOutCart()));
        }
        events.of(change).ifPresent(work::emit);
        change.causingEvent().map(CausingEvent::eventId).ifPresent(work::consumes);
        return outbox.commit(work);
    }

    @Override
    public CommitResult skip(CausingEvent event) {
        return outbox.commit(new UnitOfWork().consumes(event.eventId()));
    }
}
