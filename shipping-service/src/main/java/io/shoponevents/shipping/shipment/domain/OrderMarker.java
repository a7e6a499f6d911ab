package io.shoponevents.shipping.shipment.domain;

/**
 * What shipping has decided for an order, written once per order: it got its shipment, or it was cancelled before
 * one was created. Events on a standard queue can arrive out of order, so an OrderConfirmed that finds a marker
 * creates nothing.
 *
 * @param shipmentId the order's shipment, when {@code outcome} is {@link Outcome#SHIPMENT_CREATED}
 */
public record OrderMarker(String orderId, Outcome outcome, String shipmentId) {

    public enum Outcome {
        SHIPMENT_CREATED,
        CANCELLED_BEFORE_SHIPMENT
    }

    public static OrderMarker shipmentCreated(Shipment shipment) {
        return new OrderMarker(shipment.orderId(), Outcome.SHIPMENT_CREATED, shipment.shipmentId());
    }

    public static OrderMarker cancelledBeforeShipment(String orderId) {
        return new OrderMarker(orderId, Outcome.CANCELLED_BEFORE_SHIPMENT, null);
    }
}
