package io.shoponevents.inventory.application;

import io.shoponevents.inventory.domain.Reservation;
import io.shoponevents.inventory.domain.ReservationRequest;
import io.shoponevents.inventory.domain.Shortage;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reserves the stock of placed orders, all lines or none, and releases it when an order is cancelled. Stock never goes
 * below zero: every line is taken under the condition that enough is available, in one transaction.
 */
@Service
public class ReservationService {

    private static final Logger log = LoggerFactory.getLogger(ReservationService.class);

    private final ReservationLedger ledger;
    private final StockLevels stock;
    private final ReservationEvents events;

    ReservationService(ReservationLedger ledger, StockLevels stock, ReservationEvents events) {
        this.ledger = ledger;
        this.stock = stock;
        this.events = events;
    }

    public Optional<Reservation> find(String orderId) {
        return ledger.find(orderId);
    }

    /**
     * @throws RetryLaterException when stock changed concurrently without any line being short
     */
    public void reserve(ReserveStock command) {
        ReservationRequest request = ReservationRequest.of(command.orderId(), command.lines());
        Reservation reserved = Reservation.reserve(request);
        try {
            Recorded recorded =
                    ledger.recordReserved(reserved, events.stockReserved(reserved, command.cause()), command.cause());
            if (recorded == Recorded.STORED) {
                log.info("reserved {} for order {}", reserved.lines(), reserved.orderId());
            }
        } catch (ConflictingChangeException conflict) {
            failOrRetry(request, command.cause(), conflict);
        }
    }

    private void failOrRetry(ReservationRequest request, Cause cause, ConflictingChangeException conflict) {
        Optional<Reservation> existing = ledger.find(request.orderId());
        if (existing.isPresent()) {
            ledger.recordHandled(cause);
            log.info(
                    "order {} has a {} reservation already; nothing changed",
                    request.orderId(),
                    existing.get().status());
            return;
        }
        List<Shortage> shortages = request.shortagesGiven(stock.availableNow(request.skus()));
        if (shortages.isEmpty()) {
            throw new RetryLaterException(
                    "stock for order " + request.orderId() + " changed concurrently but no line is short; retry",
                    conflict);
        }
        Reservation failed = Reservation.fail(request, shortages);
        if (ledger.recordFailed(failed, events.reservationFailed(failed, cause), cause) == Recorded.STORED) {
            log.info("could not reserve stock for order {}: {}", failed.orderId(), failed.reason());
        }
    }

    /**
     * Gives back what the order holds; an order that holds nothing is left as it is. An order cancelled before it was
     * reserved gets a reservation that holds nothing, so that its OrderPlaced, should it come later, takes no stock.
     */
    public void release(ReleaseStock command) {
        Optional<Reservation> current = ledger.find(command.orderId());
        if (current.isEmpty()) {
            Reservation nothingHeld = Reservation.cancelledBeforeReserved(command.orderId());
            if (ledger.recordWithoutStock(nothingHeld, command.cause()) == Recorded.STORED) {
                log.info("order {} was cancelled before its stock was reserved", command.orderId());
            }
        } else if (!current.get().holdsStock()) {
            if (ledger.recordHandled(command.cause()) == Recorded.STORED) {
                log.info(
                        "order {} holds no stock ({}); nothing to release",
                        command.orderId(),
                        current.get().status());
            }
        } else {
            Reservation released = current.get().release();
            if (ledger.recordReleased(released, events.stockReleased(released, command.cause()), command.cause())
                    == Recorded.STORED) {
                log.info("released {} of order {}", released.lines(), released.orderId());
            }
        }
    }
}
