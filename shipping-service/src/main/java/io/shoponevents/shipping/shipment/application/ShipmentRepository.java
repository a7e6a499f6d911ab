package io.shoponevents.shipping.shipment.application;

import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.domain.ConcurrentChange;
import io.shoponevents.shipping.shipment.domain.OrderMarker;
import io.shoponevents.shipping.shipment.domain.Shipment;
import io.shoponevents.shipping.shipment.domain.ShipmentChange;
import java.util.List;
import java.util.Optional;

/** Where shipments, and what shipping has decided for each order, are kept. */
public interface ShipmentRepository {

    Optional<Shipment> find(String shipmentId);

    List<Shipment> findByOrder(String orderId);

    /** What shipping has decided for the order so far, if anything. */
    Optional<OrderMarker> findMarker(String orderId);

    /**
     * Commits the state after {@code change}, the events it is announced as and its causing event's id as handled, in
     * one transaction. An order gets at most one marker, and a shipment changes only from the status the change was
     * decided on.
     *
     * @return {@link CommitResult#ALREADY_HANDLED} when the causing event was handled before: nothing was written
     * @throws ConcurrentChange when the order or shipment changed since it was read
     */
    CommitResult save(ShipmentChange change);

    /** Records {@code cause} as handled although it changes nothing. */
    CommitResult skip(CausingEvent cause);
}
