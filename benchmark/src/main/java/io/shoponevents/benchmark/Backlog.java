package io.shoponevents.benchmark;

import java.util.List;

/**
 * Whether the queues fell behind during a step. Depth is sampled every few seconds while checkouts arrive; the backlog
 * grows when the last sample exceeds the one taken a third of the way in (after the pipeline filled) by more than
 * one second's worth of arrivals. A pipeline that keeps up holds a steady, small depth.
 */
record Backlog(List<Integer> samples, int growth, boolean growing) {

    static Backlog of(List<Integer> samples, double ratePerSecond) {
        if (samples.size() < 2) {
            return new Backlog(List.copyOf(samples), 0, false);
        }
        int reference = samples.get(samples.size() / 3);
        int growth = samples.get(samples.size() - 1) - reference;
        return new Backlog(List.copyOf(samples), growth, growth > Math.max(5, Math.ceil(ratePerSecond)));
    }
}
