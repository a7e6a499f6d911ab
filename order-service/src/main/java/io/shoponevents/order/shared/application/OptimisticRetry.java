package io.shoponevents.order.shared.application;

import io.shoponevents.runtime.outbox.ConcurrentChangeException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a read-change-write again when its write lost the race to a concurrent one (the version condition failed), so
 * that two requests on one cart both succeed instead of one losing its update. Gives up after a few attempts.
 */
public final class OptimisticRetry {

    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(OptimisticRetry.class);

    private OptimisticRetry() {}

    public static <T> T run(Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (ConcurrentChangeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("changed concurrently (attempt {} of {}); reading again", attempt, ATTEMPTS);
            }
        }
    }
}
