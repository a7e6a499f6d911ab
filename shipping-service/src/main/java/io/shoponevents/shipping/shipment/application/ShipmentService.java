package io.shoponevents.shipping.shipment.application;

import io.shoponevents.runtime.application.OptimisticRetry;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import io.shoponevents.runtime.domain.NotFound;
import io.shoponevents.shipping.shipment.domain.OrderMarker;
import io.shoponevents.shipping.shipment.domain.Shipment;
import io.shoponevents.shipping.shipment.domain.ShipmentChange;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The shipments of confirmed orders: created once per order, dispatched by the warehouse, delivered by the carrier,
 * cancelled with their order while they have not left. Each change is decided on what is stored and committed on the
 * condition that it is still so; when it is not (a concurrent event or request got there first), it is decided again.
 */
@Service
public class ShipmentService {

    private static final Logger log = LoggerFactory.getLogger(ShipmentService.class);
    private static final String DEFAULT_CANCEL_REASON = "Order cancelled before dispatch";

    private final ShipmentRepository shipments;
    private final Clock clock;

    ShipmentService(ShipmentRepository shipments, Clock clock) {
        this.shipments = shipments;
        this.clock = clock;
    }

    public Shipment shipment(String shipmentId) {
        return shipments.find(shipmentId).orElseThrow(() -> new NotFound("Shipment", shipmentId));
    }

    public List<Shipment> shipmentsOf(String orderId) {
        return shipments.findByOrder(orderId);
    }

    /**
     * Creates the one shipment of a confirmed order. An order that has a marker already (its shipment, or its
     * cancellation that came first) gets none: a second OrderConfirmed, redelivered or with another event id, creates
     * nothing, and neither does one that arrives after the order's cancellation. Nearly every order has no marker yet,
     * so the shipment is written first, under the condition that the marker is new; only when that fails is the
     * marker read.
     */
    public void createFor(ConfirmedOrder order, CausingEvent cause) {
        OptimisticRetry.writeFirst(() -> create(order, cause), () -> {
            Optional<OrderMarker> marker = shipments.findMarker(order.orderId());
            if (marker.isPresent()) {
                log.info(
                        "order {} needs no new shipment: {}",
                        order.orderId(),
                        marker.get().outcome());
                shipments.skip(cause);
                return;
            }
            create(order, cause);
        });
    }

    private void create(ConfirmedOrder order, CausingEvent cause) {
        ShipmentChange.Created created = Shipment.create(
                order.orderId(),
                order.customerId(),
                order.email(),
                order.items(),
                order.shippingAddress(),
                clock.instant(),
                cause);
        if (shipments.save(created) == CommitResult.COMMITTED) {
            log.info("created shipment {} for order {}", created.shipment().shipmentId(), order.orderId());
        }
    }

    /**
     * Follows an order's cancellation: a shipment that has not been dispatched is cancelled; an order without a
     * shipment yet is marked so that a late OrderConfirmed creates none; a dispatched or delivered shipment stays as
     * it is.
     *
     * @param reason the order's reason, or null
     */
    public void cancelFor(String orderId, String reason, CausingEvent cause) {
        OptimisticRetry.run(() -> {
            OrderMarker marker = shipments.findMarker(orderId).orElse(null);
            if (marker == null) {
                if (shipments.save(Shipment.cancelBeforeCreation(orderId, cause)) == CommitResult.COMMITTED) {
                    log.info("order {} cancelled before it had a shipment; none will be created", orderId);
                }
                return;
            }
            if (marker.outcome() == OrderMarker.Outcome.CANCELLED_BEFORE_SHIPMENT) {
                log.info("order {} was cancelled before; nothing to do", orderId);
                shipments.skip(cause);
                return;
            }
            Shipment shipment = shipments
                    .find(marker.shipmentId())
                    .orElseThrow(() -> new IllegalStateException(
                            "order " + orderId + " names missing shipment " + marker.shipmentId()));
            if (!shipment.isCancellable()) {
                log.info(
                        "order {} cancelled but its shipment {} is {}; shipment not cancelled",
                        orderId,
                        shipment.shipmentId(),
                        shipment.status());
                shipments.skip(cause);
                return;
            }
            String why = reason == null ? DEFAULT_CANCEL_REASON : reason;
            if (shipments.save(shipment.cancel(clock.instant(), why, cause)) == CommitResult.COMMITTED) {
                log.info("cancelled shipment {} of order {}", shipment.shipmentId(), orderId);
            }
        });
    }

    /** The warehouse hands a CREATED shipment to the carrier. */
    public Shipment dispatch(String shipmentId) {
        return OptimisticRetry.run(() -> {
            ShipmentChange.Dispatched dispatched = shipment(shipmentId).dispatch(clock.instant());
            shipments.save(dispatched);
            log.info(
                    "dispatched shipment {} of order {}",
                    shipmentId,
                    dispatched.shipment().orderId());
            return dispatched.shipment();
        });
    }

    /** The carrier delivered a DISPATCHED shipment. */
    public Shipment deliver(String shipmentId) {
        return OptimisticRetry.run(() -> {
            ShipmentChange.Delivered delivered = shipment(shipmentId).deliver(clock.instant());
            shipments.save(delivered);
            log.info(
                    "delivered shipment {} of order {}",
                    shipmentId,
                    delivered.shipment().orderId());
            return delivered.shipment();
        });
    }
}
