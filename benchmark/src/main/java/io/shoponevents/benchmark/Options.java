package io.shoponevents.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command line of scripts/benchmark.sh; every option has a default (see {@link #USAGE}). */
record Options(
        ShopUrls urls,
        URI endpoint,
        URI dynamoDbEndpoint,
        String region,
        double rate,
        Duration duration,
        Duration warmup,
        Duration settle,
        int runs,
        int floorSamples,
        boolean throughput,
        List<Double> rates,
        Duration step,
        int startupRuns,
        Path projectRoot,
        Path out,
        String note) {

    static final String USAGE = """
            usage: scripts/benchmark.sh [options]
              --rate N              checkouts per second in the latency runs (default 20)
              --duration D          measured time per run, e.g. 60s, 2m (default 60s)
              --warmup D            arrivals before the measured time, left out of the figures (default 10s)
              --settle D            longest wait for the orders to settle after a run (default 300s)
              --runs N              latency runs; the report gives the median of each figure (default 1)
              --floor-samples N     samples per bare hop (EventBridge, SNS) per run; 0 skips the floor (default 50)
              --throughput          also step the rate up to find the highest sustained rate
              --rates LIST          the throughput steps, checkouts per second (default 5,10,15,20)
              --step D              time per throughput step (default 60s)
              --startup-runs N      starts per service for the time to ready; 0 skips (default 5)
              --order-url URL       (default http://127.0.0.1:8081; likewise --inventory-url 8082,
                                    --shipping-url 8083, --notification-url 8084)
              --endpoint URL        AWS endpoint (default $AWS_ENDPOINT_URL, else http://127.0.0.1:4566)
              --dynamodb-endpoint URL   DynamoDB's endpoint when it has its own (default $AWS_ENDPOINT_URL_DYNAMODB,
                                    else the AWS endpoint)
              --region NAME         (default $AWS_REGION, else us-east-1)
              --out DIR             where benchmarks.md and benchmark-latency.svg go (default docs)
              --note TEXT           a note printed at the top of the report
              --start-shop          (scripts/benchmark.sh) start a fresh shop with scripts/run.sh first, stop it after
            """;

    private static final Set<String> FLAGS = Set.of("--throughput", "--start-shop");

    static Options parse(String[] args, Map<String, String> environment) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            int equals = arg.indexOf('=');
            if (equals > 0) {
                given.put(arg.substring(0, equals), arg.substring(equals + 1));
            } else if (FLAGS.contains(arg)) {
                given.put(arg, "true");
            } else if (i + 1 < args.length) {
                given.put(arg, args[++i]);
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
        }
        Values values = new Values(given);
        ShopUrls local = ShopUrls.localhost();
        URI endpoint = values.uri(
                "--endpoint", URI.create(environment.getOrDefault("AWS_ENDPOINT_URL", "http://127.0.0.1:4566")));
        String dynamoDbEndpoint = environment.get("AWS_ENDPOINT_URL_DYNAMODB");
        Options options = new Options(
                new ShopUrls(
                        values.uri("--order-url", local.order()),
                        values.uri("--inventory-url", local.inventory()),
                        values.uri("--shipping-url", local.shipping()),
                        values.uri("--notification-url", local.notification())),
                endpoint,
                values.uri(
                        "--dynamodb-endpoint",
                        dynamoDbEndpoint == null || dynamoDbEndpoint.isBlank()
                                ? endpoint
                                : URI.create(dynamoDbEndpoint)),
                values.text("--region", environment.getOrDefault("AWS_REGION", "us-east-1")),
                values.number("--rate", 20),
                values.duration("--duration", "60s"),
                values.duration("--warmup", "10s"),
                values.duration("--settle", "300s"),
                (int) values.number("--runs", 1),
                (int) values.number("--floor-samples", 50),
                Boolean.parseBoolean(values.text("--throughput", "false")),
                Arrays.stream(values.text("--rates", "5,10,15,20").split(","))
                        .map(String::trim)
                        .map(Double::parseDouble)
                        .toList(),
                values.duration("--step", "60s"),
                (int) values.number("--startup-runs", 5),
                Path.of(values.text("--project-root", ".")).toAbsolutePath().normalize(),
                Path.of(values.text("--out", "docs")),
                values.text("--note", ""));
        values.text("--start-shop", "false"); // scripts/benchmark.sh started the shop; the report shows the flag
        values.rejectUnknown();
        if (options.runs() < 1 || options.rate() <= 0 || options.duration().isZero()) {
            throw new IllegalArgumentException("--runs, --rate and --duration must be positive");
        }
        return options;
    }

    /** The options as given, each read at most once, so that a misspelt one is reported. */
    private static final class Values {
        private final Map<String, String> given;

        Values(Map<String, String> given) {
            this.given = new HashMap<>(given);
        }

        String text(String name, String fallback) {
            String value = given.remove(name);
            return value == null ? fallback : value;
        }

        double number(String name, double fallback) {
            String value = given.remove(name);
            return value == null ? fallback : Double.parseDouble(value);
        }

        Duration duration(String name, String fallback) {
            return Durations.parse(text(name, fallback));
        }

        URI uri(String name, URI fallback) {
            String value = given.remove(name);
            return value == null ? fallback : URI.create(value);
        }

        void rejectUnknown() {
            if (!given.isEmpty()) {
                throw new IllegalArgumentException("unknown option(s) " + given.keySet());
            }
        }
    }
}
