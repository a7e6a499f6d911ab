package io.shoponevents.benchmark;

import io.shoponevents.benchmark.Report.ServiceFigures;
import io.shoponevents.benchmark.ThroughputSteps.Step;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** docs/benchmarks.md: the tables of one invocation, the plot and how to reproduce them. */
final class MarkdownReport {

    static final Duration READY_BAR = Duration.ofSeconds(2);
    static final long MEMORY_BAR_MEBIBYTES = 256;
    static final double RATIO_BAR = 1.5;
    static final double SERVICE_CPU_BAR_MILLIS = 20;
    static final int SUSTAINED_BAR_RATE = 20;
    private static final int EMULATOR_ROWS = 12;

    private MarkdownReport() {}

    /** Where the written part of the report starts (profiles, what was tried): kept when the figures are measured again. */
    static final String KEPT_MARKER = "<!-- Written by hand from here on; scripts/benchmark.sh keeps it. -->";

    /** The hand-written part of an earlier report, from {@link #KEPT_MARKER} on; empty when it has none. */
    static String keptPart(String earlierReport) {
        int at = earlierReport.indexOf(KEPT_MARKER);
        return at < 0 ? "" : "\n" + earlierReport.substring(at);
    }

    static String render(Report report, String plotFile) {
        Options options = report.options();
        StringBuilder md = new StringBuilder("# Benchmarks\n\n");
        if (!report.note().isBlank()) {
            md.append("> **").append(report.note()).append("**\n\n");
        }
        md.append("Measured on ")
                .append(report.startedAt().truncatedTo(ChronoUnit.SECONDS))
                .append(" with\n\n```bash\n")
                .append(report.command())
                .append("\n```\n\n");
        machine(md, report);
        latency(md, report, options);
        floor(md, report);
        accounting(md, report);
        if (report.runs().size() > 1) {
            perRun(md, report);
        }
        costs(md, report);
        report.throughput()
                .ifPresent(outcome ->
                        throughput(md, outcome, options, report.machine().processors()));
        if (!report.services().isEmpty()) {
            services(md, report.services());
        }
        md.append("## Latency over time\n\nCheckout to CONFIRMED by checkout time, run 1")
                .append(report.runs().size() > 1 ? " of " + report.runs().size() : "")
                .append(", in ")
                .append(LoadRunner.BUCKET.toSeconds())
                .append("-s buckets.\n\n![latency percentiles over time](")
                .append(plotFile)
                .append(")\n\n");
        bars(md, report);
        md.append("""
                ## How it measures

                - Open model: checkouts arrive on a fixed wall-clock schedule and never wait for earlier ones. Each \
                arrival creates a cart with one line of its own SKU (stocked before the run) and checks out.
                - Latencies are differences of the services' own timestamps: the PENDING and CONFIRMED entries of \
                `GET /api/orders/{id}` `history[].at`, the shipment's `createdAt`, the OrderConfirmed notification's \
                `sentAt`. Polling only decides when an order is settled.
                - The floor uses the bare AWS SDK on the same endpoint, timed from just before PutEvents or Publish \
                to the long-poll receive, on scratch resources deleted afterwards.
                - Time to ready: each service jar started on a spare port as scripts/run.sh starts it, until \
                `/actuator/health/readiness` answers UP. Peak memory: VmHWM of the process listening on the \
                service's port, read after the load.
                """);
        return md.toString();
    }

    private static void machine(StringBuilder md, Report report) {
        Machine machine = report.machine();
        md.append("## Machine and versions\n\n| | |\n|---|---|\n")
                .append(row("CPUs (nproc)", String.valueOf(machine.processors())))
                .append(row("CPU", machine.cpuModel()))
                .append(row("memory", machine.memory()))
                .append(row("OS", machine.os()))
                .append(row("Java", machine.javaVersion()))
                .append(row(
                        "AWS endpoint",
                        "moto server " + machine.motoVersion() + " (scripts/moto-server.sh) at "
                                + report.options().endpoint()
                                + (report.options()
                                                .dynamoDbEndpoint()
                                                .equals(report.options().endpoint())
                                        ? ""
                                        : ", DynamoDB on a second one at "
                                                + report.options().dynamoDbEndpoint())))
                .append(row("load average (1, 5, 15 min) when the report was written", machine.loadAverage()))
                .append(row(
                        "cores busy with other work during the latency runs' steady state (median)",
                        String.format(Locale.ROOT, "%.2f", report.medianSteady(RunCosts::otherCores))))
                .append('\n');
    }

    private static void latency(StringBuilder md, Report report, Options options) {
        md.append(String.format(
                Locale.ROOT,
                "## Saga latency%n%n%s checkouts/s for %s after a %s warm-up%s; milliseconds.%n%n",
                Report.rate(options.rate()),
                Durations.compact(options.duration()),
                Durations.compact(options.warmup()),
                report.runs().size() > 1 ? ", median of " + report.runs().size() + " runs" : ""));
        md.append("| step | p50 | p90 | p99 | max | samples |\n|---|---:|---:|---:|---:|---:|\n")
                .append(summaryRow("checkout → CONFIRMED", report.confirmed()))
                .append(summaryRow("CONFIRMED → ShipmentCreated", report.shipment()))
                .append(summaryRow("checkout → confirmation email", report.email()))
                .append('\n');
    }

    private static void floor(StringBuilder md, Report report) {
        report.floor().ifPresent(floor -> {
            md.append("## The floor: bare hops on the same endpoint\n\n")
                    .append("| hop | p50 | p99 | samples |\n|---|---:|---:|---:|\n")
                    .append(floorRow("EventBridge PutEvents → rule → SQS receive", floor.eventBridge()))
                    .append(floorRow("SNS Publish → SQS receive (raw delivery)", floor.sns()))
                    .append('\n');
            report.ratioToTwoBusHops()
                    .ifPresent(ratio -> md.append(String.format(
                            Locale.ROOT,
                            "Checkout → CONFIRMED p50 is **%.2f ×** two bare EventBridge hops (%s ms against 2 × %s ms).%n%n",
                            ratio,
                            Durations.millis(report.confirmed().p50()),
                            Durations.millis(floor.eventBridge().p50()))));
        });
    }

    private static void accounting(StringBuilder md, Report report) {
        md.append("## Every order accounted for\n\n")
                .append(
                        "| run | rate/s | arrivals | lost | stuck | incomplete | duplicated | backlog growth | max arrival lag (ms) |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < report.runs().size(); i++) {
            md.append(accountingRow("latency " + (i + 1), report.runs().get(i)));
        }
        report.throughput()
                .ifPresent(outcome ->
                        outcome.steps().forEach(step -> md.append(accountingRow("throughput step", step.result()))));
        Accounting total = report.accounting();
        md.append('\n')
                .append(
                        total.clean()
                                ? "No order lost, stuck, incomplete or duplicated.\n"
                                : "**Not every order is accounted for.** Examples:\n\n"
                                        + total.examples().stream()
                                                .map(example -> "- " + example)
                                                .collect(Collectors.joining("\n"))
                                        + "\n")
                .append('\n');
    }

    private static void perRun(StringBuilder md, Report report) {
        md.append("## Each run: checkout → CONFIRMED\n\n| run | p50 | p90 | p99 | max | samples |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < report.runs().size(); i++) {
            md.append(summaryRow(String.valueOf(i + 1), report.runs().get(i).confirmed()));
        }
        md.append('\n');
    }

    /** The endpoint's share of a checkout against the services' own, and what the emulator served. */
    private static void costs(StringBuilder md, Report report) {
        RunCosts costs =
                RunCosts.sum(report.runs().stream().map(RunResult::costs).toList());
        if (!costs.measured()) {
            return;
        }
        RunCosts first = report.runs().get(0).costs();
        int runs = report.runs().size();
        md.append("## Where the time goes\n\n")
                .append("CPU time each process used per checkout. *Run 1, whole* is the first latency run from its")
                .append(" first arrival, warm-up included, until the queues were drained: on services just started it")
                .append(" includes the JIT's warm-up. *Steady state* covers the arrivals after the warm-up, first to")
                .append(" last, ")
                .append(runs > 1 ? "median of the " + runs + " runs" : "of the run")
                .append(". *JIT* is the part the JIT compiler threads used. Cores busy: steady state, of the ")
                .append(report.machine().processors())
                .append(" the machine has.\n\n")
                .append("| process | run 1, whole (ms) | of it JIT | steady state (ms) | of it JIT | cores busy |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        first.processes()
                .forEach(process -> md.append(String.format(
                        Locale.ROOT,
                        "| %s | %.1f | %.1f | %.1f | %.1f | %.2f |%n",
                        RunCosts.SERVICES.equals(process) ? "**" + process + "**" : process,
                        first.cpuMillisPerCheckout(process),
                        first.compilerMillisPerCheckout(process),
                        report.medianSteady(steady -> steady.cpuMillisPerCheckout(process)),
                        report.medianSteady(steady -> steady.compilerMillisPerCheckout(process)),
                        report.medianSteady(steady -> steady.cores(process)))));
        if (costs.emulator().isEmpty()) {
            md.append('\n');
            return;
        }
        md.append("\nRequests the emulator served per checkout during the latency runs (")
                .append(costs.checkouts())
                .append(" checkouts, from the first arrival until the queues were drained), as")
                .append(
                        " scripts/moto_server.py counts them, with the mean time to serve one, its wait for the DynamoDB turn left out. A")
                .append(" ReceiveMessage is a long poll: its time is mostly waiting for a message.\n\n")
                .append("| AWS action | requests per checkout | mean (ms) |\n|---|---:|---:|\n");
        costs.emulator().entrySet().stream()
                .sorted((a, b) ->
                        Long.compare(b.getValue().requests(), a.getValue().requests()))
                .limit(EMULATOR_ROWS)
                .forEach(entry -> md.append(String.format(
                        Locale.ROOT,
                        "| %s | %.2f | %.1f |%n",
                        entry.getKey(),
                        (double) entry.getValue().requests() / costs.checkouts(),
                        1000 * entry.getValue().busySeconds() / entry.getValue().requests())));
        md.append(String.format(
                Locale.ROOT,
                "%nThe emulator was serving DynamoDB requests %.0f %% of the time. It serves them one at a time (as"
                        + " DynamoDB isolates transactions), so as that nears 100 %% every further request queues.%n%n",
                100 * costs.dynamoDbBusy()));
    }

    private static void throughput(StringBuilder md, ThroughputSteps.Outcome outcome, Options options, int processors) {
        md.append("## Throughput\n\nEach step ")
                .append(Durations.compact(options.step()))
                .append("; sustained means p99 checkout → CONFIRMED under ")
                .append(ThroughputSteps.P99_TARGET.toMillis())
                .append(" ms, no backlog growth in the shop-*-events queues and every order accounted for. Cores busy")
                .append(" while the arrivals came: the endpoint (and DynamoDB's own, when it has one), the four")
                .append(" services together, and other work on the machine. *Saturated* names what ran at ")
                .append(String.format(Locale.ROOT, "%.0f %%", 100 * RunCosts.SATURATED))
                .append(" or more of its limit: one core for an emulator process (Python runs one thread at a time),")
                .append(" the emulator's one-at-a-time DynamoDB turn, the machine's ")
                .append(processors)
                .append(" cores.\n\n")
                .append("| rate/s | orders | p50 (ms) | p99 (ms) | backlog growth | endpoint | DynamoDB endpoint |")
                .append(" services | other work | DynamoDB turn busy | saturated | sustained |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Step step : outcome.steps()) {
            RunResult result = step.result();
            RunCosts costs = result.steadyCosts();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %s | %d | %s | %s | %s | %.2f | %s | %s | %s |%n",
                    Report.rate(result.rate()),
                    result.accounting().arrivals(),
                    Durations.millis(result.confirmed().p50()),
                    Durations.millis(result.confirmed().p99()),
                    result.backlog().growth(),
                    coresOf(costs, RunCosts.ENDPOINT),
                    coresOf(costs, RunCosts.DYNAMODB_ENDPOINT),
                    coresOf(costs, RunCosts.SERVICES),
                    costs.otherCores(),
                    costs.emulator().isEmpty()
                            ? "–"
                            : String.format(Locale.ROOT, "%.0f %%", 100 * costs.dynamoDbBusy()),
                    costs.saturated(processors),
                    step.sustained() ? "yes" : "no"));
        }
        md.append("\nHighest sustained rate: **")
                .append(Report.rate(outcome.highestSustainedRate()))
                .append(" checkouts/s**.\n\n");
    }

    private static String coresOf(RunCosts costs, String process) {
        return costs.processes().contains(process) ? String.format(Locale.ROOT, "%.2f", costs.cores(process)) : "–";
    }

    private static void services(StringBuilder md, List<ServiceFigures> services) {
        md.append("## Services: time to ready and peak memory\n\n")
                .append("| service | ready, median (ms) | each start (ms) | peak resident under load (MiB) |\n")
                .append("|---|---:|---|---:|\n");
        for (ServiceFigures service : services) {
            md.append(String.format(
                    "| %s | %s | %s | %s |%n",
                    service.service(),
                    service.medianStartup()
                            .map(d -> String.valueOf(d.toMillis()))
                            .orElse("–"),
                    service.startups().isEmpty()
                            ? "–"
                            : service.startups().stream()
                                    .map(d -> String.valueOf(d.toMillis()))
                                    .collect(Collectors.joining(", ")),
                    service.peakResidentKilobytes().isPresent()
                            ? String.valueOf(service.peakResidentKilobytes().getAsLong() / 1024)
                            : "–"));
        }
        md.append('\n');
    }

    private static void bars(StringBuilder md, Report report) {
        md.append("## Targets\n\n| target | measured | holds |\n|---|---|---|\n");
        md.append(barRow(
                "no lost, stuck or duplicated order",
                report.accounting().clean() ? "none" : "see above",
                report.accounting().clean()));
        double serviceCpu = report.medianSteady(steady -> steady.cpuMillisPerCheckout(RunCosts.SERVICES));
        if (serviceCpu > 0) {
            md.append(barRow(
                    "four services' CPU per checkout, steady state ≤ %.0f ms".formatted(SERVICE_CPU_BAR_MILLIS),
                    String.format(Locale.ROOT, "%.1f ms", serviceCpu),
                    serviceCpu <= SERVICE_CPU_BAR_MILLIS));
        }
        report.ratioToTwoBusHops()
                .ifPresent(ratio -> md.append(barRow(
                        String.format(Locale.ROOT, "p50 checkout → CONFIRMED ≤ %.1f × two bare bus hops", RATIO_BAR),
                        String.format(Locale.ROOT, "%.2f ×", ratio),
                        ratio <= RATIO_BAR)));
        report.throughput()
                .flatMap(outcome -> outcome.steps().stream()
                        .filter(step -> step.result().rate() == SUSTAINED_BAR_RATE)
                        .findFirst())
                .ifPresent(step -> md.append(barRow(
                        SUSTAINED_BAR_RATE + " checkouts/s sustained (p99 < 1 s, no backlog growth, every order)",
                        "p99 " + Durations.millis(step.result().confirmed().p99()) + " ms",
                        step.sustained())));
        for (ServiceFigures service : report.services()) {
            service.medianStartup()
                    .ifPresent(ready -> md.append(barRow(
                            service.service() + " ready ≤ " + READY_BAR.toSeconds() + " s (median)",
                            ready.toMillis() + " ms",
                            ready.compareTo(READY_BAR) <= 0)));
            if (service.peakResidentKilobytes().isPresent()) {
                long mebibytes = service.peakResidentKilobytes().getAsLong() / 1024;
                md.append(barRow(
                        service.service() + " < " + MEMORY_BAR_MEBIBYTES + " MiB resident under load",
                        mebibytes + " MiB",
                        mebibytes < MEMORY_BAR_MEBIBYTES));
            }
        }
        md.append('\n');
    }

    private static String row(String name, String value) {
        return "| " + name + " | " + value + " |\n";
    }

    private static String barRow(String bar, String measured, boolean holds) {
        return "| " + bar + " | " + measured + " | " + (holds ? "yes" : "**no**") + " |\n";
    }

    private static String summaryRow(String name, LatencySummary summary) {
        if (summary.isEmpty()) {
            return "| " + name + " | – | – | – | – | 0 |\n";
        }
        return String.format(
                "| %s | %s | %s | %s | %s | %d |%n",
                name,
                Durations.millis(summary.p50()),
                Durations.millis(summary.p90()),
                Durations.millis(summary.p99()),
                Durations.millis(summary.max()),
                summary.count());
    }

    private static String floorRow(String name, LatencySummary summary) {
        return String.format(
                "| %s | %s | %s | %d |%n",
                name, Durations.millis(summary.p50()), Durations.millis(summary.p99()), summary.count());
    }

    private static String accountingRow(String name, RunResult result) {
        Accounting accounting = result.accounting();
        return String.format(
                "| %s | %s | %d | %d | %d | %d | %d | %d | %s |%n",
                name,
                Report.rate(result.rate()),
                accounting.arrivals(),
                accounting.lost(),
                accounting.stuck(),
                accounting.incomplete(),
                accounting.duplicated(),
                result.backlog().growth(),
                Durations.millis(result.maxStartLag()));
    }
}
