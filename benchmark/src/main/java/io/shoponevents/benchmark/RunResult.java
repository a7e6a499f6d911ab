package io.shoponevents.benchmark;

import io.shoponevents.benchmark.TimeBuckets.Bucket;
import java.time.Duration;
import java.util.List;

/**
 * One run at one arrival rate: the accounting, the saga latencies, their course over time, the backlog, the costs of
 * the whole run and of its steady state.
 */
record RunResult(
        double rate,
        Accounting accounting,
        LatencySummary confirmed,
        LatencySummary shipment,
        LatencySummary email,
        List<Bucket> confirmedOverTime,
        Backlog backlog,
        Duration maxStartLag,
        RunCosts costs,
        RunCosts steadyCosts) {

    /**
     * @param costs from the first arrival until the queues were drained, warm-up included
     * @param steadyCosts from the first measured arrival (after the warm-up) to the last: the steady state
     */
    RunResult {}
}
