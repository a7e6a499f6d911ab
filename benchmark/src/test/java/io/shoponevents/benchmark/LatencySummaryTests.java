package io.shoponevents.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatencySummaryTests {

    private static List<Duration> millis(int... values) {
        return IntStream.of(values).mapToObj(Duration::ofMillis).toList();
    }

    @Test
    void takesNearestRankPercentilesOfOneToAHundred() {
        List<Duration> latencies = new ArrayList<>(
                IntStream.rangeClosed(1, 100).mapToObj(Duration::ofMillis).toList());
        Collections.shuffle(latencies);

        LatencySummary summary = LatencySummary.of(latencies);

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50()).isEqualTo(Duration.ofMillis(50));
        assertThat(summary.p90()).isEqualTo(Duration.ofMillis(90));
        assertThat(summary.p99()).isEqualTo(Duration.ofMillis(99));
        assertThat(summary.max()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void roundsTheRankUpForSmallSamples() {
        LatencySummary summary = LatencySummary.of(millis(40, 10, 30, 20));

        assertThat(summary.p50()).isEqualTo(Duration.ofMillis(20));
        assertThat(summary.p90()).isEqualTo(Duration.ofMillis(40));
        assertThat(summary.p99()).isEqualTo(Duration.ofMillis(40));
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        LatencySummary summary = LatencySummary.of(millis(7));

        assertThat(List.of(summary.p50(), summary.p90(), summary.p99(), summary.max()))
                .containsOnly(Duration.ofMillis(7));
    }

    @Test
    void noSamplesGiveAnEmptySummary() {
        assertThat(LatencySummary.of(List.of()).isEmpty()).isTrue();
        assertThatThrownBy(() -> LatencySummary.percentile(List.of(), 50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mediansAcrossRunsAreTakenFieldByFieldAndSkipEmptyRuns() {
        LatencySummary median = LatencySummary.medianOf(List.of(
                new LatencySummary(10, ms(30), ms(60), ms(90), ms(100)),
                new LatencySummary(10, ms(10), ms(40), ms(70), ms(300)),
                new LatencySummary(10, ms(20), ms(50), ms(80), ms(200)),
                LatencySummary.EMPTY));

        assertThat(median).isEqualTo(new LatencySummary(30, ms(20), ms(50), ms(80), ms(200)));
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }
}
