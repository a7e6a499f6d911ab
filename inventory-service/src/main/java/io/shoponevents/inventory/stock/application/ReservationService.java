package io.shoponevents.inventory.stock.application;

import io.shoponevents.inventory.stock.domain.Reservation;
import io.shoponevents.inventory.stock.domain.ReservationChange;
import io.shoponevents.inventory.stock.domain.ReservationRequest;
import io.shoponevents.runtime.application.OptimisticRetry;
import io.shoponevents.runtime.domain.CausingEvent;
import io.shoponevents.runtime.domain.CommitResult;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reserves the stock of placed orders, all lines or none, and releases it when an order is cancelled. Each use case
 * reads the reservation and the stock, lets the domain decide, and commits; when stock changed in between, the
 * commit's conditions fail and it is read and decided again. Stock never goes below zero: every line is taken under
 * the condition that enough is available, in one transaction.
 */
@Service
public class ReservationService {

    private static final Logger log = LoggerFactory.getLogger(ReservationService.class);

    private final ReservationRepository reservations;
    private final StockRepository stock;

    ReservationService(ReservationRepository reservations, StockRepository stock) {
        this.reservations = reservations;
        this.stock = stock;
    }

    public Optional<Reservation> find(String orderId) {
        return reservations.find(orderId);
    }

    /**
     * An order that has a reservation already (or was cancelled before) takes no more stock. Nearly every order finds
     * its stock and no reservation, so the reservation is written first, under the conditions that every line is
     * available and that the order has no reservation yet; only when one fails are the reservation and the stock read
     * to decide.
     */
    public void reserve(ReserveStock command) {
        ReservationRequest request = ReservationRequest.of(command.orderId(), command.lines());
        OptimisticRetry.writeFirst(() -> save(Reservation.reserveAll(request, command.cause())), () -> {
            Optional<Reservation> existing = reservations.find(request.orderId());
            if (existing.isPresent()) {
                skip(command.cause(), "order {} has a {} reservation already; nothing changed", existing.get());
                return;
            }
            save(Reservation.reserve(request, stock.availableNow(request.skus()), command.cause()));
        });
    }

    private void save(ReservationChange change) {
        if (reservations.save(change) == CommitResult.COMMITTED) {
            logReserved(change.reservation());
        }
    }

    /**
     * Gives back what the order holds; an order that holds nothing is left as it is. An order cancelled before it was
     * reserved gets a reservation that holds nothing, so that its OrderPlaced, should it come later, takes no stock.
     */
    public void release(ReleaseStock command) {
        OptimisticRetry.run(() -> {
            Optional<Reservation> current = reservations.find(command.orderId());
            if (current.isEmpty()) {
                if (reservations.save(Reservation.cancelledBeforeReserved(command.orderId(), command.cause()))
                        == CommitResult.COMMITTED) {
                    log.info("order {} was cancelled before its stock was reserved", command.orderId());
                }
            } else if (!current.get().holdsStock()) {
                skip(command.cause(), "order {} holds no stock ({}); nothing to release", current.get());
            } else if (reservations.save(current.get().release(command.cause())) == CommitResult.COMMITTED) {
                log.info("released {} of order {}", current.get().lines(), command.orderId());
            }
        });
    }

    private static void logReserved(Reservation reservation) {
        if (reservation.holdsStock()) {
            log.info("reserved {} for order {}", reservation.lines(), reservation.orderId());
        } else {
            log.info("could not reserve stock for order {}: {}", reservation.orderId(), reservation.reason());
        }
    }

    private void skip(CausingEvent cause, String message, Reservation reservation) {
        if (reservations.skip(cause) == CommitResult.COMMITTED) {
            log.info(message, reservation.orderId(), reservation.status());
        }
    }
}
