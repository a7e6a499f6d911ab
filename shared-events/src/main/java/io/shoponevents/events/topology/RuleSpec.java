package io.shoponevents.events.topology;

/**
 * An EventBridge rule on the bus that sends every matching event to one queue.
 *
 * @param eventPattern the EventBridge event pattern, as JSON
 */
public record RuleSpec(String name, String busName, String eventPattern, String targetQueue) {}
