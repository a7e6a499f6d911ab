package io.shoponevents.runtime.tracing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tracing settings, under {@code shop.tracing.*}. The daemon address comes from {@code AWS_XRAY_DAEMON_ADDRESS}
 * (default {@code 127.0.0.1:2000}), which the X-Ray SDK reads itself.
 *
 * @param enabled false: no segments, no trace headers, nothing sent
 * @param sampling {@code all} records every request and message (local runs and tests); {@code centralized} follows
 *     the sampling rules of the X-Ray console, fetched through the daemon (the default under the {@code aws} profile)
 */
@ConfigurationProperties("shop.tracing")
public record TracingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("all") Sampling sampling) {

    public enum Sampling {
        ALL,
        CENTRALIZED
    }
}
