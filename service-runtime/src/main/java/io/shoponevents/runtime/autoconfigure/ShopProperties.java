package io.shoponevents.runtime.autoconfigure;

import io.shoponevents.events.ServiceName;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The names a service uses, under {@code shop.*}. Only {@code shop.service} must be set; every name defaults to the
 * topology's (see {@link ShopDefaults}), and any of them can be overridden in configuration.
 *
 * @param topicArn the topic's ARN where it is known (AWS deployments); otherwise it is looked up by name
 * @param relayDelay how long after commit the outbox relay leaves an event to the publish that follows the commit
 * @param relayInterval how often the outbox relay looks for due events
 * @param markInterval how often published outbox entries are marked published, in batches; well under relayDelay
 * @param readinessInterval how often the readiness check looks at the service's queue and table
 */
@ConfigurationProperties("shop")
public record ShopProperties(
        ServiceName service,
        String busName,
        String topicName,
        String topicArn,
        String queueName,
        String deadLetterQueueName,
        String tableName,
        String senderEmail,
        Duration relayDelay,
        Duration relayInterval,
        Duration markInterval,
        Duration readinessInterval) {

    public ShopProperties {
        requirePositive("shop.mark-interval", markInterval);
        requirePositive("shop.readiness-interval", readinessInterval);
        if (markInterval != null && relayDelay != null && markInterval.compareTo(relayDelay) >= 0) {
            throw new IllegalArgumentException("shop.mark-interval (" + markInterval
                    + ") must be shorter than shop.relay-delay (" + relayDelay
                    + "), or the relay publishes events again before they are marked published");
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value != null && (value.isZero() || value.isNegative())) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
