package io.shoponevents.events.topology;

import java.time.Duration;

/** The EventBridge archive that keeps every event on the bus for replay. */
public record ArchiveSpec(String name, String busName, Duration retention) {}
