package io.shoponevents.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoponevents.benchmark.ArrivalSchedule.Arrival;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArrivalScheduleTests {

    @Test
    void spacesArrivalsEvenlyByTheRateIndependentOfAnswers() {
        ArrivalSchedule schedule = ArrivalSchedule.constant(4, Duration.ZERO, Duration.ofSeconds(2));

        assertThat(schedule.arrivals())
                .extracting(Arrival::offset)
                .containsExactly(
                        Duration.ZERO,
                        Duration.ofMillis(250),
                        Duration.ofMillis(500),
                        Duration.ofMillis(750),
                        Duration.ofSeconds(1),
                        Duration.ofMillis(1250),
                        Duration.ofMillis(1500),
                        Duration.ofMillis(1750));
    }

    @Test
    void putsTheWarmupFirstAndLeavesItOutOfTheMeasuredCount() {
        ArrivalSchedule schedule = ArrivalSchedule.constant(2, Duration.ofSeconds(5), Duration.ofSeconds(15));

        assertThat(schedule.size()).isEqualTo(40);
        assertThat(schedule.measuredCount()).isEqualTo(30);
        assertThat(schedule.arrivals().subList(0, 10)).allMatch(Arrival::warmup);
        assertThat(schedule.arrivals().subList(10, 40)).noneMatch(Arrival::warmup);
        assertThat(schedule.arrivals().get(10).offset()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void keepsFractionalRatesOnTheWallClock() {
        ArrivalSchedule schedule = ArrivalSchedule.constant(3, Duration.ZERO, Duration.ofSeconds(1));

        assertThat(schedule.arrivals())
                .extracting(Arrival::offset)
                .containsExactly(Duration.ZERO, Duration.ofNanos(333_333_333), Duration.ofNanos(666_666_667));
    }

    @Test
    void refusesARateThatIsNotPositive() {
        assertThatThrownBy(() -> ArrivalSchedule.constant(0, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
