package io.shoponevents.storefront.journey;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An order's journey across the services: every event of the order, who produced it, which route carried it to each
 * consumer the catalog names, and what became of it there.
 *
 * @param stop where the journey stands still: the last event that a consumer has not taken, or gave up on; null while
 *     nothing waits
 * @param unreachable services whose journey could not be read; what they did is missing from the steps
 */
public record OrderJourney(String orderId, List<Step> steps, Stop stop, List<String> unreachable) {

    public enum Outcome {
        CONSUMED("consumed"),
        AWAITING("not consumed yet"),
        DEAD_LETTERED("dead-lettered");

        private final String text;

        Outcome(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * One event.
     *
     * @param cause what made the producer emit it: the event it consumed, or a request to its REST API
     * @param published false while it waits in the producer's outbox
     */
    public record Step(
            String eventId,
            String detailType,
            String producer,
            Instant time,
            String cause,
            boolean published,
            List<Delivery> deliveries) {

        public String clock() {
            return Clock.of(time);
        }
    }

    /**
     * The event at one consumer.
     *
     * @param route the rule or subscription that carries it there
     * @param effect what handling it changed there: an order status, an email sent; null when nothing is known
     */
    public record Delivery(String consumer, String route, Outcome outcome, Instant time, String effect, String reason) {

        public String clock() {
            return time == null ? "" : Clock.of(time);
        }
    }

    /** Times as the page shows them: UTC, to the millisecond, since the steps of a saga are milliseconds apart. */
    static final class Clock {

        private static final DateTimeFormatter FORMAT =
                DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

        private Clock() {}

        static String of(Instant time) {
            return FORMAT.format(time);
        }
    }

    /** The journey stopped after {@code detailType}: {@code consumer} has not taken it, or gave up on it. */
    public record Stop(String detailType, String producer, String consumer, Outcome outcome, String reason) {

        public String describe() {
            return outcome == Outcome.DEAD_LETTERED
                    ? detailType + " from " + producer + " was dead-lettered by " + consumer + ": " + reason
                    : detailType + " from " + producer + " has not been consumed by " + consumer + " yet";
        }
    }

    public boolean waiting() {
        return stop != null;
    }
}
