package io.shoponevents.inventory.stock.adapter.out.persistence;

import io.shoponevents.inventory.stock.adapter.out.messaging.ReservationEvents;
import io.shoponevents.inventory.stock.application.ReservationRepository;
import io.shoponevents.inventory.stock.domain.Reservation;
import io.shoponevents.inventory.stock.domain.ReservationChange;
import io.shoponevents.runtime.autoconfigure.ShopProperties;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.outbox.TransactionalOutbox;
import io.shoponevents.runtime.outbox.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reservations in the inventory table. Each change is one transaction through the outbox: the stock it takes or gives
 * back, the reservation item, the event it emits and the consumed event's inbox entry.
 */
@Repository
class DynamoReservationRepository implements ReservationRepository {

    private final DynamoDbClient dynamoDb;
    private final TransactionalOutbox outbox;
    private final ReservationEvents events;
    private final String tableName;
    private final ReservationItems reservations;
    private final StockItems stock;
    private final Clock clock;

    DynamoReservationRepository(
            DynamoDbClient dynamoDb,
            TransactionalOutbox outbox,
            ReservationEvents events,
            ShopProperties properties,
            Clock clock) {
        this.dynamoDb = dynamoDb;
        this.outbox = outbox;
        this.events = events;
        this.tableName = properties.tableName();
        this.reservations = new ReservationItems(tableName);
        this.stock = new StockItems(tableName);
        this.clock = clock;
    }

    @Override
    public Optional<Reservation> find(String orderId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(tableName)
                        .key(ReservationItems.key(orderId))
                        .consistentRead(true))
                .item();
        return item.isEmpty() ? Optional.empty() : Optional.of(ReservationItems.fromItem(item));
    }

    @Override
    public CommitResult save(ReservationChange change) {
        Instant now = clock.instant();
        Reservation reservation = change.reservation();
        UnitOfWork work = new UnitOfWork();
        if (change instanceof ReservationChange.Reserved reserved) {
            reserved.taken().forEach(line -> work.write(stock.take(line, now)));
            work.write(reservations.putNew(reservation, now));
        } else if (change instanceof ReservationChange.Failed failed) {
            failed.shortages().forEach(shortage -> work.write(stock.stillShort(shortage)));
            work.write(reservations.putNew(reservation, now));
        } else if (change instanceof ReservationChange.Released released) {
            released.givenBack().forEach(line -> work.write(stock.giveBack(line, now)));
            work.write(reservations.replaceHeld(reservation, now));
        } else {
            work.write(reservations.putNew(reservation, now));
        }
        events.of(change).ifPresent(work::emit);
        return outbox.commit(work.consumes(change.cause().eventId()));
    }

    @Override
    public CommitResult skip(CausingEvent cause) {
        return outbox.commit(new UnitOfWork().consumes(cause.eventId()));
    }
}
