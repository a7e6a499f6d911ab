package io.shoponevents.infra.operate;

import io.shoponevents.events.topology.Topology;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The on-call command line: what is in a service's dead-letter queue and why, moving it back once the cause is fixed,
 * and replaying a window of the bus archive to one service.
 *
 * <pre>java -jar operator-exec.jar list order --endpoint http://localhost:4566</pre>
 *
 * Exit status: 0 done, 1 failed, 2 bad command line, 3 the endpoint cannot do what was asked.
 */
public final class Operator {

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int UNSUPPORTED = 3;

    private final SqsClient sqs;
    private final EventBridgeClient eventBridge;
    private final Topology topology;
    private final PrintStream out;
    private final Clock clock;

    Operator(SqsClient sqs, EventBridgeClient eventBridge, Topology topology, PrintStream out, Clock clock) {
        this.sqs = sqs;
        this.eventBridge = eventBridge;
        this.topology = topology;
        this.out = out;
        this.clock = clock;
    }

    public static void main(String[] args) {
        OperatorOptions options;
        try {
            options = OperatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dlq: " + e.getMessage());
            System.err.println(OperatorOptions.USAGE);
            System.exit(USAGE);
            return;
        }
        try (SqsClient sqs = options.target().configure(SqsClient.builder()).build();
                EventBridgeClient eventBridge =
                        options.target().configure(EventBridgeClient.builder()).build()) {
            System.exit(
                    new Operator(sqs, eventBridge, Topology.standard(), System.out, Clock.systemUTC()).run(options));
        }
    }

    int run(OperatorOptions options) {
        DeadLetterQueue queue = new DeadLetterQueue(sqs, topology.queue(options.service()));
        return switch (options.command()) {
            case "list" -> list(queue);
            case "redrive" -> {
                Redrive redrive = new Redrive(sqs, queue, out, clock);
                try {
                    if (options.all()) {
                        redrive.all();
                    } else {
                        redrive.selected(options.ids());
                    }
                    yield DONE;
                } catch (IllegalStateException e) {
                    out.println("redrive failed: " + e.getMessage());
                    yield FAILED;
                }
            }
            case "replay" ->
                switch (new Replay(eventBridge, topology, out, clock)
                        .replay(
                                options.target(),
                                options.service(),
                                options.from().orElseThrow(),
                                options.to().orElseThrow())) {
                    case COMPLETED -> DONE;
                    case FAILED -> FAILED;
                    case UNSUPPORTED_BY_ENDPOINT -> UNSUPPORTED;
                };
            default -> throw new IllegalArgumentException("unknown command " + options.command());
        };
    }

    private int list(DeadLetterQueue queue) {
        List<DeadLetter> letters = queue.peek();
        out.println(letters.size() + " dead letter(s) in " + queue.name()
                + " (looked at, not consumed: each look counts as a receive)");
        letters.forEach(letter -> out.println("- " + letter.describe()
                + "\n    reason: " + letter.reason()
                + "\n    sent " + letter.sentAt() + ", first received "
                + letter.firstReceivedAt().map(Object::toString).orElse("-") + ", received "
                + letter.receiveCount() + " time(s)"));
        return DONE;
    }
}
