package io.shoponevents.order.order.adapter.out.persistence;

import static io.shoponevents.order.shared.adapter.out.persistence.Attributes.s;

import io.shoponevents.order.cart.adapter.out.persistence.CartRecords;
import io.shoponevents.order.cart.domain.Cart;
import io.shoponevents.order.order.adapter.out.messaging.OrderEvents;
import io.shoponevents.order.order.application.OrderRepository;
import io.shoponevents.order.order.domain.CausingEvent;
import io.shoponevents.order.order.domain.Order;
import io.shoponevents.runtime.autoconfigure.ShopProperties;
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
 * Orders in the service's table. Each write goes through the outbox: the order (and at checkout the cart), the event
 * the change emits and the id of the event that caused it are committed in one transaction.
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
        GetItemResponse response = dynamoDb.getItem(request ->
                request.tableName(table).key(OrderRecords.key(orderId)).consistentRead(true));
        return response.hasItem() ? Optional.of(OrderRecords.order(response.item())) : Optional.empty();
    }

    @Override
    public List<Order> findByCustomer(String customerId) {
        return dynamoDb
                .queryPaginator(request -> request.tableName(table)
                        .indexName("gsi1")
                        .keyConditionExpression("gsi1pk = :customer AND begins_with(gsi1sk, :orders)")
                        .expressionAttributeValues(Map.of(
                                ":customer", s(OrderRecords.CUSTOMER_PREFIX + customerId),
                                ":orders", s(OrderRecords.ORDER_PREFIX)))
                        .scanIndexForward(false))
                .items()
                .stream()
                .limit(MAX_ORDERS_PER_CUSTOMER)
                .map(OrderRecords::order)
                .toList();
    }

    @Override
    public void place(Order order, Cart checkedOutCart) {
        outbox.commit(new UnitOfWork()
                .write(OrderRecords.put(table, order))
                .write(CartRecords.put(table, checkedOutCart))
                .emit(events.of(order).orElseThrow()));
    }

    @Override
    public boolean save(Order changed) {
        UnitOfWork work = new UnitOfWork().write(OrderRecords.put(table, changed));
        events.of(changed).ifPresent(work::emit);
        Optional.ofNullable(changed.lastChange().eventId()).ifPresent(work::consumes);
        return outbox.commit(work) == CommitResult.COMMITTED;
    }

    @Override
    public void skip(CausingEvent event) {
        outbox.commit(new UnitOfWork().consumes(event.eventId()));
    }
}
