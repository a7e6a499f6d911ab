package io.shoponevents.benchmark;

import io.shoponevents.benchmark.TimeBuckets.Bucket;
import java.time.Duration;
import java.util.List;

/** One run at one arrival rate: the accounting, the saga latencies, their course over time, the backlog, the costs. */
record RunResult(
        double rate,
        Accounting accounting,
        LatencySummary confirmed,
        LatencySummary shipment,
        LatencySummary email,
        List<Bucket> confirmedOverTime,
        Backlog backlog,
        Duration maxStartLag,
        RunCosts costs) {}
