package io.shoponevents.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTests {

    @Test
    void defaultsToTheLocalRunAndTheEndpointOfTheEnvironment() {
        Options options = Options.parse(new String[0], Map.of("AWS_ENDPOINT_URL", "http://localhost:4599"));

        assertThat(options.urls().order()).isEqualTo(URI.create("http://127.0.0.1:8081"));
        assertThat(options.endpoint()).isEqualTo(URI.create("http://localhost:4599"));
        assertThat(options.rate()).isEqualTo(20);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.startupRuns()).isEqualTo(5);
        assertThat(options.throughput()).isFalse();
        assertThat(options.dynamoDbEndpoint()).isEqualTo(options.endpoint());
    }

    @Test
    void takesDynamoDbsOwnEndpointFromTheEnvironmentAndAcceptsTheWrappersStartShopFlag() {
        Options options = Options.parse(
                new String[] {"--start-shop", "--runs", "3"},
                Map.of(
                        "AWS_ENDPOINT_URL", "http://127.0.0.1:4566",
                        "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:4567"));

        assertThat(options.dynamoDbEndpoint()).isEqualTo(URI.create("http://127.0.0.1:4567"));
        assertThat(options.runs()).isEqualTo(3);
    }

    @Test
    void readsTheSmokeRunsCommandLine() {
        Options options = Options.parse(
                "--rate 2 --duration 15s --warmup=5s --floor-samples 10 --startup-runs 1 --throughput --rates 2,4 --step 500ms"
                        .split(" "),
                Map.of());

        assertThat(options.rate()).isEqualTo(2);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(15));
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.floorSamples()).isEqualTo(10);
        assertThat(options.rates()).containsExactly(2.0, 4.0);
        assertThat(options.step()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.throughput()).isTrue();
    }

    @Test
    void rejectsAMisspeltOption() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--rat", "2"}, Map.of()))
                .hasMessageContaining("--rat");
    }

    @Test
    void quotesTheCommandAsAShellWouldNeedIt() {
        assertThat(Benchmark.command(new String[] {"--runs", "3", "--note", "smoke run"}))
                .isEqualTo("scripts/benchmark.sh --runs 3 --note 'smoke run'");
        assertThat(List.of(Durations.compact(Duration.ofMinutes(2)), Durations.compact(Duration.ofSeconds(15))))
                .containsExactly("2m", "15s");
    }
}
