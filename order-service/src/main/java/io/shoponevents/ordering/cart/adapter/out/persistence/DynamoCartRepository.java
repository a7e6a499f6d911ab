package io.shoponevents.ordering.cart.adapter.out.persistence;

import io.shoponevents.ordering.cart.adapter.out.messaging.CartEvents;
import io.shoponevents.ordering.cart.application.CartRepository;
import io.shoponevents.ordering.cart.domain.Cart;
import io.shoponevents.ordering.cart.domain.CartChange;
import io.shoponevents.runtime.autoconfigure.ShopProperties;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.outbox.TransactionalOutbox;
import io.shoponevents.runtime.outbox.UnitOfWork;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** Carts in the service's table; a change and its event are committed together through the outbox. */
@Repository
class DynamoCartRepository implements CartRepository {

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final TransactionalOutbox outbox;
    private final CartEvents events;

    DynamoCartRepository(
            DynamoDbClient dynamoDb, ShopProperties properties, TransactionalOutbox outbox, CartEvents events) {
        this.dynamoDb = dynamoDb;
        this.table = properties.tableName();
        this.outbox = outbox;
        this.events = events;
    }

    @Override
    public Optional<Cart> find(String cartId) {
        GetItemResponse response = dynamoDb.getItem(
                request -> request.tableName(table).key(CartItems.key(cartId)).consistentRead(true));
        return response.hasItem() ? Optional.of(CartItems.cart(response.item())) : Optional.empty();
    }

    @Override
    public CommitResult save(CartChange change) {
        UnitOfWork work = new UnitOfWork().write(CartItems.put(table, change.cart()));
        events.of(change).ifPresent(work::emit);
        return outbox.commit(work);
    }
}
