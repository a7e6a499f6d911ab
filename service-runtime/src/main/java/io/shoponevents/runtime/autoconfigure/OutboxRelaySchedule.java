package io.shoponevents.runtime.autoconfigure;

import io.shoponevents.runtime.outbox.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the outbox relay every {@code shop.relay-interval}. */
class OutboxRelaySchedule {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelaySchedule.class);

    private final OutboxRelay relay;

    OutboxRelaySchedule(OutboxRelay relay) {
        this.relay = relay;
    }

    @Scheduled(fixedDelayString = "${shop.relay-interval}", initialDelayString = "${shop.relay-interval}")
    void publishDue() {
        try {
            int published = relay.publishDue();
            if (published > 0) {
                log.info("outbox relay published {} pending event(s)", published);
            }
        } catch (RuntimeException e) {
            log.warn("outbox relay run failed, next run retries: {}", e.toString());
        }
    }
}
