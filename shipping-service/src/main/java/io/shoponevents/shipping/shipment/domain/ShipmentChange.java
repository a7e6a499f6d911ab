package io.shoponevents.shipping.shipment.domain;

import io.shoponevents.runtime.domain.CausingEvent;
import java.util.Optional;

/**
 * The facts of a change to an order's shipping, each holding what is true afterwards and, when a consumed event caused
 * it, that event. Committing one stores the new state, the events the fact is announced as and the causing event's id
 * together.
 */
public sealed interface ShipmentChange {

    /** The consumed event behind the change, or null when a request made it. */
    CausingEvent cause();

    default Optional<CausingEvent> causingEvent() {
        return Optional.ofNullable(cause());
    }

    /** A confirmed order got its one shipment. */
    record Created(Shipment shipment, CausingEvent cause) implements ShipmentChange {}

    /** The warehouse handed a CREATED shipment to the carrier. */
    record Dispatched(Shipment shipment) implements ShipmentChange {
        @Override
        public CausingEvent cause() {
            return null;
        }
    }

    /** The carrier delivered a DISPATCHED shipment. */
    record Delivered(Shipment shipment) implements ShipmentChange {
        @Override
        public CausingEvent cause() {
            return null;
        }
    }

    /** A shipment that had not left the warehouse was cancelled with its order. */
    record Cancelled(Shipment shipment, String reason, CausingEvent cause) implements ShipmentChange {}

    /**
     * An order was cancelled before it had a shipment, so none will be created for it, however late its
     * OrderConfirmed arrives. Nothing is announced: there is no shipment to speak of.
     */
    record CancelledBeforeCreation(String orderId, CausingEvent cause) implements ShipmentChange {}
}
