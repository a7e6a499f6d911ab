package io.shoponevents.infra.operate;

import io.shoponevents.events.ServiceName;
import io.shoponevents.infra.provision.AwsTarget;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The command line of the operator: a command, a service and the command's options. */
record OperatorOptions(
        String command,
        ServiceName service,
        AwsTarget target,
        Set<String> ids,
        boolean all,
        Optional<Instant> from,
        Optional<Instant> to) {

    static final String USAGE = """
            usage: dlq.sh COMMAND SERVICE [options] [--endpoint URL] [--region REGION]
              list SERVICE                      the dead letters of shop-SERVICE-events-dlq, left in the queue
              redrive SERVICE --all             moves every dead letter back to shop-SERVICE-events
              redrive SERVICE --ids ID[,ID...]  moves the ones with these SQS message ids or event ids
              replay SERVICE --from T --to T    replays the bus archive between two instants (2026-11-30T03:00:00Z)
                                                to the rules of SERVICE only
              SERVICE is one of order, inventory, shipping, notification
              --endpoint  default: AWS_ENDPOINT_URL, else the real AWS endpoints
              --region    default: AWS_REGION, else us-east-1
            """;

    static OperatorOptions parse(String... args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("a command and a service are required");
        }
        String command = args[0];
        if (!Set.of("list", "redrive", "replay").contains(command)) {
            throw new IllegalArgumentException("unknown command " + command);
        }
        ServiceName service = service(args[1]);
        AwsTarget target = AwsTarget.fromEnvironment();
        Set<String> ids = new LinkedHashSet<>();
        boolean all = false;
        Optional<Instant> from = Optional.empty();
        Optional<Instant> to = Optional.empty();
        for (int i = 2; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--all")) {
                all = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--endpoint" -> target = target.withEndpoint(value);
                case "--region" -> target = target.withRegion(value);
                case "--ids" ->
                    Arrays.stream(value.split(","))
                            .map(String::trim)
                            .filter(id -> !id.isEmpty())
                            .forEach(ids::add);
                case "--from" -> from = Optional.of(instant(name, value));
                case "--to" -> to = Optional.of(instant(name, value));
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        OperatorOptions options = new OperatorOptions(command, service, target, Set.copyOf(ids), all, from, to);
        options.check();
        return options;
    }

    private void check() {
        if (command.equals("redrive") && all == !ids.isEmpty()) {
            throw new IllegalArgumentException("redrive needs either --all or --ids, not both and not neither");
        }
        if (command.equals("replay")) {
            if (from.isEmpty() || to.isEmpty()) {
                throw new IllegalArgumentException("replay needs --from and --to");
            }
            if (!from.get().isBefore(to.get())) {
                throw new IllegalArgumentException("--from must be before --to");
            }
        }
    }

    private static ServiceName service(String id) {
        return Arrays.stream(ServiceName.values())
                .filter(service -> service.id().equals(id.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown service " + id + "; one of order, inventory, shipping, notification"));
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an instant such as 2026-11-30T03:00:00Z, not " + value);
        }
    }
}
