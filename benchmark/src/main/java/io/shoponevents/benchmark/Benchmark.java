package io.shoponevents.benchmark;

import io.shoponevents.benchmark.BusFloor.Floor;
import io.shoponevents.benchmark.Report.ServiceFigures;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The load benchmark of the running shop: saga latencies at a fixed arrival rate against the endpoint's own
 * floor, optionally the highest sustained rate, each service's time to ready and peak memory; written to
 * docs/benchmarks.md with a plot. Exits 1 when any order is lost, stuck, incomplete or duplicated, 2 on bad usage.
 */
public final class Benchmark {

    static final String PLOT_FILE = "benchmark-latency.svg";

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(Options.USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("benchmark: " + e.getMessage() + "\n\n" + Options.USAGE);
            System.exit(2);
            return;
        }
        System.exit(run(options, command(args)));
    }

    static int run(Options options, String command) throws Exception {
        Instant startedAt = Instant.now();
        ShopApi shop = new ShopApi(options.urls());
        for (URI service : options.urls().all()) {
            if (!shop.ready(service)) {
                System.err.println("benchmark: " + service + " is not ready; start the shop first (scripts/run.sh)");
                return 2;
            }
        }
        try (AwsClients aws = AwsClients.of(options.endpoint(), options.region())) {
            LoadRunner runner = new LoadRunner(shop, new QueueDepths(aws.sqs()), costMeter(options), options.settle());
            List<Floor> floors = new ArrayList<>();
            List<RunResult> runs = new ArrayList<>();
            for (int i = 1; i <= options.runs(); i++) {
                if (options.floorSamples() > 0) {
                    System.out.printf("run %d: the floor, %d samples per hop%n", i, options.floorSamples());
                    floors.add(new BusFloor(aws).measure(options.floorSamples()));
                }
                System.out.printf(
                        "run %d: %s checkouts/s, %s warm-up, %s measured%n",
                        i,
                        Report.rate(options.rate()),
                        Durations.compact(options.warmup()),
                        Durations.compact(options.duration()));
                RunResult result =
                        runner.run(ArrivalSchedule.constant(options.rate(), options.warmup(), options.duration()));
                runs.add(result);
                System.out.printf(
                        "run %d: checkout -> CONFIRMED p50 %s ms, p99 %s ms; %s%n",
                        i,
                        Durations.millis(result.confirmed().p50()),
                        Durations.millis(result.confirmed().p99()),
                        result.accounting().clean() ? "every order accounted for" : result.accounting());
            }
            Optional<ThroughputSteps.Outcome> throughput = options.throughput()
                    ? Optional.of(new ThroughputSteps(runner).run(options.rates(), options.step()))
                    : Optional.empty();
            List<ServiceFigures> services = services(options);
            Report report = new Report(
                    options.note(),
                    command,
                    startedAt,
                    Machine.current(options.projectRoot()),
                    options,
                    List.copyOf(runs),
                    List.copyOf(floors),
                    throughput,
                    services);
            String markdown = write(report, options);
            System.out.println();
            System.out.println(markdown);
            return report.accounting().clean() ? 0 : 1;
        }
    }

    /** Peak memory first (the services just carried the load), then the starts, which add instances of their own. */
    private static List<ServiceFigures> services(Options options) throws InterruptedException {
        List<URI> urls = options.urls().all();
        List<OptionalLong> peaks = urls.stream()
                .map(url -> isLocal(url) ? ServiceMemory.peakResidentKilobytes(url.getPort()) : OptionalLong.empty())
                .toList();
        StartupTimer timer = new StartupTimer(
                options.projectRoot(), options.endpoint(), options.dynamoDbEndpoint(), options.region());
        List<ServiceFigures> figures = new ArrayList<>();
        for (int i = 0; i < StartupTimer.SERVICES.size(); i++) {
            String service = StartupTimer.SERVICES.get(i);
            List<Duration> startups = List.of();
            if (options.startupRuns() > 0) {
                System.out.printf("startup: %s, %d start(s)%n", service, options.startupRuns());
                startups = timer.measure(service, options.startupRuns());
            }
            figures.add(new ServiceFigures(service, startups, peaks.get(i)));
        }
        return figures;
    }

    private static String write(Report report, Options options) throws IOException {
        Path out = options.out().isAbsolute()
                ? options.out()
                : options.projectRoot().resolve(options.out());
        Files.createDirectories(out);
        Path file = out.resolve("benchmarks.md");
        String markdown = MarkdownReport.render(report, PLOT_FILE)
                + MarkdownReport.keptPart(Files.isRegularFile(file) ? Files.readString(file) : "");
        Files.writeString(file, markdown);
        Files.writeString(
                out.resolve(PLOT_FILE),
                SvgPlot.render(
                        "Checkout to CONFIRMED at " + Report.rate(options.rate()) + " checkouts/s",
                        report.runs().get(0).confirmedOverTime(),
                        LoadRunner.BUCKET));
        System.out.println("benchmark: wrote " + out.resolve("benchmarks.md") + " and " + out.resolve(PLOT_FILE));
        return markdown;
    }

    /** The endpoint (and DynamoDB's, when it has its own) and the four services, each measured when local. */
    private static CostMeter costMeter(Options options) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (isLocal(options.endpoint())) {
            ports.put(RunCosts.ENDPOINT, options.endpoint().getPort());
        }
        List<EmulatorStats> emulators = new ArrayList<>(List.of(new EmulatorStats(options.endpoint())));
        if (!options.dynamoDbEndpoint().equals(options.endpoint())) {
            if (isLocal(options.dynamoDbEndpoint())) {
                ports.put(RunCosts.DYNAMODB_ENDPOINT, options.dynamoDbEndpoint().getPort());
            }
            emulators.add(new EmulatorStats(options.dynamoDbEndpoint()));
        }
        List<URI> urls = options.urls().all();
        for (int i = 0; i < urls.size(); i++) {
            if (isLocal(urls.get(i))) {
                ports.put(StartupTimer.SERVICES.get(i), urls.get(i).getPort());
            }
        }
        return new CostMeter(ports, emulators);
    }

    private static boolean isLocal(URI url) {
        return List.of("localhost", "127.0.0.1", "[::1]").contains(url.getHost());
    }

    static String command(String[] args) {
        return Arrays.stream(args)
                .map(arg -> arg.matches("[\\w./:=,@%+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" ", "scripts/benchmark.sh" + (args.length > 0 ? " " : ""), ""));
    }
}
