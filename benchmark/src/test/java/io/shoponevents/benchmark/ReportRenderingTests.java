package io.shoponevents.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.benchmark.BusFloor.Floor;
import io.shoponevents.benchmark.EmulatorStats.Action;
import io.shoponevents.benchmark.Report.ServiceFigures;
import io.shoponevents.benchmark.TimeBuckets.Bucket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportRenderingTests {

    private static LatencySummary summary(long p50) {
        return new LatencySummary(
                100,
                Duration.ofMillis(p50),
                Duration.ofMillis(2 * p50),
                Duration.ofMillis(3 * p50),
                Duration.ofMillis(4 * p50));
    }

    private static final List<Bucket> BUCKETS = List.of(
            new Bucket(Duration.ZERO, summary(40)),
            new Bucket(Duration.ofSeconds(5), summary(50)),
            new Bucket(Duration.ofSeconds(10), summary(60)));

    private static Report report() {
        Options options = Options.parse(new String[] {"--rate", "20", "--note", "smoke run"}, Map.of());
        RunResult run = new RunResult(
                20,
                new Accounting(1400, 0, 0, 0, 0, List.of()),
                summary(60),
                summary(20),
                summary(90),
                BUCKETS,
                Backlog.of(List.of(0, 3, 2), 20),
                Duration.ofMillis(2),
                new RunCosts(
                        1400,
                        Duration.ofSeconds(100),
                        Map.of(RunCosts.ENDPOINT, 70.0, "order-service", 14.0),
                        Map.of(RunCosts.ENDPOINT, 0.0, "order-service", 2.8),
                        100,
                        Map.of(
                                "dynamodb:TransactWriteItems", new Action(9800, 30.0, 5.0),
                                "events:PutEvents", new Action(5600, 11.2, 0))),
                new RunCosts(
                        1200,
                        Duration.ofSeconds(60),
                        Map.of(RunCosts.ENDPOINT, 54.0, "order-service", 6.0),
                        Map.of(RunCosts.ENDPOINT, 0.0, "order-service", 0.6),
                        90,
                        Map.of()));
        return new Report(
                options.note(),
                "scripts/benchmark.sh --rate 20",
                Instant.parse("2026-11-22T10:00:00Z"),
                new Machine(2, "23.5 GiB", "Some CPU", "Linux 6", "OpenJDK 17", "5.2.5"),
                options,
                List.of(run),
                List.of(new Floor(summary(15), summary(12))),
                Optional.empty(),
                List.of(new ServiceFigures(
                        "order-service", List.of(Duration.ofMillis(5200)), OptionalLong.of(350 * 1024))));
    }

    @Test
    void markdownHoldsTheTablesTheRatioAndTheCommand() {
        String markdown = MarkdownReport.render(report(), "benchmark-latency.svg");

        assertThat(markdown)
                .startsWith("# Benchmarks\n\n> **smoke run**")
                .contains("scripts/benchmark.sh --rate 20")
                .contains("| CPUs (nproc) | 2 |")
                .contains("moto server 5.2.5")
                .contains("| checkout → CONFIRMED | 60.0 | 120.0 | 180.0 | 240.0 | 100 |")
                .contains("| EventBridge PutEvents → rule → SQS receive | 15.0 | 45.0 | 100 |")
                .contains("**2.00 ×** two bare EventBridge hops")
                .contains("| latency 1 | 20 | 1400 | 0 | 0 | 0 | 0 | -1 | 2.0 |")
                .contains("No order lost, stuck, incomplete or duplicated.")
                .contains("| order-service | 5200 | 5200 | 350 |")
                .contains("| four services' CPU per checkout, steady state ≤ 20 ms | 5.0 ms | yes |")
                .contains("| p50 checkout → CONFIRMED ≤ 1.5 × two bare bus hops | 2.00 × | **no** |")
                .contains("| order-service ready ≤ 2 s (median) | 5200 ms | **no** |")
                .contains("| order-service < 256 MiB resident under load | 350 MiB | **no** |")
                .contains("| AWS endpoint | 50.0 | 0.0 | 45.0 | 0.0 | 0.90 |")
                .contains("| order-service | 10.0 | 2.0 | 5.0 | 0.5 | 0.10 |")
                .contains("| **four services** | 10.0 | 2.0 | 5.0 | 0.5 | 0.10 |")
                .contains("| cores busy with other work during the latency runs' steady state (median) | 0.50 |")
                .contains("| dynamodb:TransactWriteItems | 7.00 | 2.6 |")
                .contains("serving DynamoDB requests 25 % of the time")
                .contains("![latency percentiles over time](benchmark-latency.svg)");
    }

    @Test
    void theHandWrittenPartOfAnEarlierReportIsKept() {
        String earlier = "# Benchmarks\n\nold figures\n\n" + MarkdownReport.KEPT_MARKER + "\n\n## Profile\n\nnotes\n";

        assertThat(MarkdownReport.keptPart(earlier))
                .isEqualTo("\n" + MarkdownReport.KEPT_MARKER + "\n\n## Profile\n\nnotes\n");
        assertThat(MarkdownReport.keptPart("# Benchmarks\n\nold figures\n")).isEmpty();
    }

    @Test
    void svgHasAPolylinePerPercentileWithAPointPerBucket() {
        String svg = SvgPlot.render("Checkout <to> CONFIRMED", BUCKETS, Duration.ofSeconds(5));

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n");
        assertThat(svg).contains("Checkout &lt;to&gt; CONFIRMED");
        for (String percentile : List.of("p50", "p90", "p99")) {
            var polyline = Pattern.compile("<polyline class=\"" + percentile + "\"[^>]* points=\"([^\"]*)\"")
                    .matcher(svg);
            assertThat(polyline.find()).as(percentile).isTrue();
            assertThat(polyline.group(1).split(" ")).hasSize(3);
            assertThat(svg).contains(">" + percentile + "</text>");
        }
    }

    @Test
    void svgPutsTheSlowestPercentileHighestAndScalesTheAxisToARoundNumber() {
        String svg = SvgPlot.render("t", BUCKETS, Duration.ofSeconds(5));

        assertThat(firstY(svg, "p99")).isLessThan(firstY(svg, "p50"));
        assertThat(svg).contains(">200</text>"); // the p99 maximum of 180 ms rounds up to 200
        assertThat(SvgPlot.niceCeiling(180)).isEqualTo(200);
        assertThat(SvgPlot.niceCeiling(1000)).isEqualTo(1000);
        assertThat(SvgPlot.niceCeiling(3.2)).isEqualTo(5);
    }

    private static double firstY(String svg, String percentile) {
        var matcher = Pattern.compile("<polyline class=\"" + percentile + "\"[^>]* points=\"[\\d.]+,([\\d.]+)")
                .matcher(svg);
        assertThat(matcher.find()).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void bucketsGroupSamplesByCheckoutTimeFromTheFirstCheckout() {
        Instant first = Instant.parse("2026-11-22T10:00:00Z");
        List<Bucket> buckets = TimeBuckets.of(
                List.of(
                        new SagaLatencies.Timed(first.plusSeconds(12), Duration.ofMillis(30)),
                        new SagaLatencies.Timed(first, Duration.ofMillis(10)),
                        new SagaLatencies.Timed(first.plusMillis(4999), Duration.ofMillis(20))),
                Duration.ofSeconds(5));

        assertThat(buckets).extracting(Bucket::start).containsExactly(Duration.ZERO, Duration.ofSeconds(10));
        assertThat(buckets.get(0).summary().count()).isEqualTo(2);
        assertThat(buckets.get(1).summary().p50()).isEqualTo(Duration.ofMillis(30));
    }
}
