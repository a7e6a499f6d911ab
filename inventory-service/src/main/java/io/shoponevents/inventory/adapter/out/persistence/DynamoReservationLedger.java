package io.shoponevents.inventory.adapter.out.persistence;

import static io.shoponevents.inventory.adapter.out.persistence.InventoryItems.s;

import io.shoponevents.events.EventEnvelope;
import io.shoponevents.inventory.application.Cause;
import io.shoponevents.inventory.application.ConflictingChangeException;
import io.shoponevents.inventory.application.Recorded;
import io.shoponevents.inventory.application.ReservationLedger;
import io.shoponevents.inventory.domain.Reservation;
import io.shoponevents.inventory.domain.ReservationStatus;
import io.shoponevents.runtime.autoconfigure.ShopProperties;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.domain.ConcurrentChange;
import io.shoponevents.runtime.outbox.TransactionalOutbox;
import io.shoponevents.runtime.outbox.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Reservations in the inventory table. Each change is one transaction through the outbox: the stock it takes or gives
 * back, the reservation item, the event it emits and the consumed event's inbox entry.
 */
@Repository
class DynamoReservationLedger implements ReservationLedger {

    private final DynamoDbClient dynamoDb;
    private final TransactionalOutbox outbox;
    private final String tableName;
    private final StockWrites stock;
    private final Clock clock;

    DynamoReservationLedger(
            DynamoDbClient dynamoDb, TransactionalOutbox outbox, ShopProperties properties, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.outbox = outbox;
        this.tableName = properties.tableName();
        this.stock = new StockWrites(tableName);
        this.clock = clock;
    }

    @Override
    public Optional<Reservation> find(String orderId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(tableName)
                        .key(InventoryItems.reservationKey(orderId))
                        .consistentRead(true))
                .item();
        return item.isEmpty() ? Optional.empty() : Optional.of(ReservationItems.fromItem(item));
    }

    @Override
    public Recorded recordReserved(Reservation reserved, EventEnvelope event, Cause cause) {
        Instant now = clock.instant();
        UnitOfWork work = new UnitOfWork();
        reserved.lines().forEach(line -> work.write(stock.take(line, now)));
        return commit(work.write(putNew(reserved, now)).emit(event).consumes(cause.eventId()), reserved);
    }

    @Override
    public Recorded recordFailed(Reservation failed, EventEnvelope event, Cause cause) {
        UnitOfWork work = new UnitOfWork();
        failed.shortages().forEach(shortage -> work.write(stock.stillShort(shortage)));
        return commit(work.write(putNew(failed, clock.instant())).emit(event).consumes(cause.eventId()), failed);
    }

    @Override
    public Recorded recordReleased(Reservation released, EventEnvelope event, Cause cause) {
        Instant now = clock.instant();
        UnitOfWork work = new UnitOfWork();
        released.lines().forEach(line -> work.write(stock.giveBack(line, now)));
        return commit(work.write(replaceHeld(released, now)).emit(event).consumes(cause.eventId()), released);
    }

    @Override
    public Recorded recordWithoutStock(Reservation reservation, Cause cause) {
        return commit(
                new UnitOfWork().write(putNew(reservation, clock.instant())).consumes(cause.eventId()), reservation);
    }

    @Override
    public Recorded recordHandled(Cause cause) {
        return toRecorded(outbox.commit(new UnitOfWork().consumes(cause.eventId())));
    }

    private Recorded commit(UnitOfWork work, Reservation reservation) {
        try {
            return toRecorded(outbox.commit(work));
        } catch (ConcurrentChange e) {
            throw new ConflictingChangeException(
                    "could not store the " + reservation.status() + " reservation of order " + reservation.orderId()
                            + ": a condition did not hold",
                    e);
        }
    }

    private static Recorded toRecorded(CommitResult result) {
        return result == CommitResult.COMMITTED ? Recorded.STORED : Recorded.ALREADY_HANDLED;
    }

    private TransactWriteItem putNew(Reservation reservation, Instant now) {
        return TransactWriteItem.builder()
                .put(put -> put.tableName(tableName)
                        .item(ReservationItems.toItem(reservation, now))
                        .conditionExpression("attribute_not_exists(pk)"))
                .build();
    }

    private TransactWriteItem replaceHeld(Reservation reservation, Instant now) {
        return TransactWriteItem.builder()
                .put(put -> put.tableName(tableName)
                        .item(ReservationItems.toItem(reservation, now))
                        .conditionExpression("#status = :reserved")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":reserved", s(ReservationStatus.RESERVED.name()))))
                .build();
    }
}
