package io.shoponevents.runtime.application;

import io.shoponevents.runtime.domain.ConcurrentChange;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a read-change-write again when its write lost the race to a concurrent one (a version condition failed), so
 * that two requests or two events on one aggregate both succeed instead of one losing its update. Gives up after a few
 * attempts and lets the {@link ConcurrentChange} through: a request answers 409, a message is received again.
 */
public final class OptimisticRetry {

    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(OptimisticRetry.class);

    private OptimisticRetry() {}

    public static <T> T run(Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (ConcurrentChange e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("changed concurrently (attempt {} of {}); reading again", attempt, ATTEMPTS);
            }
        }
    }

    public static void run(Runnable change) {
        run(() -> {
            change.run();
            return null;
        });
    }

    /**
     * Writes first and reads only when that fails, for a change that nearly always meets nothing in its way (a new
     * item under an {@code attribute_not_exists} condition, stock that is there) and whose write carries the conditions
     * that would stop it: the usual case costs one request instead of reads and a write. When a condition fails
     * ({@link ConcurrentChange}), {@code readChangeWrite} decides from what it reads, as {@link #run(Runnable)} runs
     * it.
     */
    public static void writeFirst(Runnable write, Runnable readChangeWrite) {
        try {
            write.run();
            return;
        } catch (ConcurrentChange e) {
            log.debug("the write without reading met a condition; reading: {}", e.getMessage());
        }
        run(readChangeWrite);
    }
}
