package io.shoponevents.runtime.autoconfigure;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.shoponevents.events.ServiceName;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ShopPropertiesTests {

    @Test
    void marksMustBeWrittenBeforeTheRelayTakesTheirEventsForPendingOnes() {
        assertThatNoException()
                .isThrownBy(() -> properties(Duration.ofSeconds(10), Duration.ofMillis(500), ofSeconds(5)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> properties(Duration.ofSeconds(10), Duration.ofSeconds(10), ofSeconds(5)))
                .withMessageContaining("shop.mark-interval")
                .withMessageContaining("shop.relay-delay");
    }

    @Test
    void intervalsMustBePositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> properties(Duration.ofSeconds(10), Duration.ZERO, ofSeconds(5)))
                .withMessageContaining("shop.mark-interval must be positive");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> properties(Duration.ofSeconds(10), Duration.ofMillis(500), ofSeconds(-1)))
                .withMessageContaining("shop.readiness-interval must be positive");
    }

    private static Duration ofSeconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    private static ShopProperties properties(Duration relayDelay, Duration markInterval, Duration readinessInterval) {
        return new ShopProperties(
                ServiceName.ORDER,
                "shop-events",
                "shop-order-events-topic",
                null,
                "shop-order-events",
                "shop-order-events-dlq",
                "shop-orders",
                "shop@example.com",
                relayDelay,
                Duration.ofSeconds(5),
                markInterval,
                readinessInterval);
    }
}
