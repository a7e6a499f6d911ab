package io.shoponevents.benchmark;

import io.shoponevents.benchmark.ArrivalSchedule.Arrival;
import java.time.Duration;

/** One arrival as the driver saw it: the order it created, or why it created none. */
record Checkout(Arrival arrival, String sku, String orderId, String error, Duration startLag) {

    boolean placed() {
        return orderId != null;
    }
}
