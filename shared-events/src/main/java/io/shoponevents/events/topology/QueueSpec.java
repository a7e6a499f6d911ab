package io.shoponevents.events.topology;

import java.time.Duration;

/**
 * A service's queue and its dead-letter queue.
 *
 * @param maxReceiveCount receives after which a message moves to the dead-letter queue
 */
public record QueueSpec(
        String name,
        String deadLetterQueueName,
        int maxReceiveCount,
        Duration visibilityTimeout,
        Duration retention,
        Duration deadLetterRetention) {}
