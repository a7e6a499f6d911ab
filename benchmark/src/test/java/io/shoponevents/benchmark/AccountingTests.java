package io.shoponevents.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.benchmark.ArrivalSchedule.Arrival;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountingTests {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    static Checkout checkout(int index, String orderId) {
        return new Checkout(new Arrival(index, Duration.ZERO, false), "SKU-" + index, orderId, null, Duration.ZERO);
    }

    static OrderObservation confirmed(String orderId, int shipments, int emails) {
        return new OrderObservation(
                orderId,
                "CONFIRMED",
                T0,
                T0.plusMillis(100),
                java.util.Collections.nCopies(shipments, T0.plusMillis(150)),
                java.util.Collections.nCopies(emails, T0.plusMillis(200)));
    }

    @Test
    void countsEveryKindOfUnaccountedOrder() {
        List<Checkout> checkouts = List.of(
                checkout(0, "ok"),
                new Checkout(
                        new Arrival(1, Duration.ZERO, false), "SKU-1", null, "IOException: refused", Duration.ZERO),
                checkout(2, "unknown-to-the-shop"),
                checkout(3, "pending"),
                checkout(4, "two-shipments"),
                checkout(5, "two-emails"),
                checkout(6, "no-email"),
                checkout(7, "rejected"));
        Map<String, OrderObservation> observed = Map.of(
                "ok", confirmed("ok", 1, 1),
                "pending", new OrderObservation("pending", "PENDING", T0, null, List.of(), List.of()),
                "two-shipments", confirmed("two-shipments", 2, 1),
                "two-emails", confirmed("two-emails", 1, 2),
                "no-email", confirmed("no-email", 1, 0),
                "rejected", new OrderObservation("rejected", "REJECTED", T0, null, List.of(), List.of()));

        Accounting accounting = Accounting.of(checkouts, observed);

        assertThat(accounting.arrivals()).isEqualTo(8);
        assertThat(accounting.lost()).isEqualTo(2);
        assertThat(accounting.stuck()).isEqualTo(1);
        assertThat(accounting.duplicated()).isEqualTo(2);
        assertThat(accounting.incomplete()).isEqualTo(1);
        assertThat(accounting.clean()).isFalse();
        assertThat(accounting.examples())
                .anySatisfy(example -> assertThat(example).contains("IOException: refused"))
                .anySatisfy(example -> assertThat(example).contains("pending still PENDING"))
                .anySatisfy(example -> assertThat(example).contains("two-emails has 1 shipment(s) and 2"));
    }

    @Test
    void confirmedOrdersWithOneShipmentAndOneEmailAndRejectedOrdersAreClean() {
        Accounting accounting = Accounting.of(
                List.of(checkout(0, "a"), checkout(1, "b")),
                Map.of(
                        "a",
                        confirmed("a", 1, 1),
                        "b",
                        new OrderObservation("b", "REJECTED", T0, null, List.of(), List.of())));

        assertThat(accounting.clean()).isTrue();
        assertThat(accounting.examples()).isEmpty();
    }

    @Test
    void sumsRunsTogether() {
        Accounting sum = Accounting.sum(List.of(
                new Accounting(10, 1, 0, 0, 0, List.of("lost: a")),
                new Accounting(20, 0, 2, 1, 3, List.of("stuck: b"))));

        assertThat(sum).isEqualTo(new Accounting(30, 1, 2, 1, 3, List.of("lost: a", "stuck: b")));
    }

    @Test
    void latenciesComeFromServerTimestampsAndLeaveTheWarmupOut() {
        Checkout warmup = new Checkout(new Arrival(0, Duration.ZERO, true), "SKU-0", "w", null, Duration.ZERO);
        SagaLatencies latencies = SagaLatencies.of(
                List.of(warmup, checkout(1, "a")), Map.of("w", confirmed("w", 1, 1), "a", confirmed("a", 1, 1)));

        assertThat(latencies.confirmed().count()).isEqualTo(1);
        assertThat(latencies.confirmed().p50()).isEqualTo(Duration.ofMillis(100));
        assertThat(latencies.shipment().p50()).isEqualTo(Duration.ofMillis(50));
        assertThat(latencies.email().p50()).isEqualTo(Duration.ofMillis(200));
    }
}
