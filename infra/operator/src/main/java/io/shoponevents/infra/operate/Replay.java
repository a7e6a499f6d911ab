package io.shoponevents.infra.operate;

import io.shoponevents.events.ServiceName;
import io.shoponevents.events.topology.RuleSpec;
import io.shoponevents.events.topology.Topology;
import io.shoponevents.infra.provision.AwsTarget;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.DescribeReplayResponse;
import software.amazon.awssdk.services.eventbridge.model.ReplayState;

/**
 * Replays a time window of the bus archive to one service's rules only ({@code Destination.FilterArns}), so that only
 * that service's queue receives the events again. Its inbox drops every event it handled before, by the producer's
 * event id; the replayed ones it missed are handled. Where the endpoint's replay would do something else, it says so
 * and replays nothing.
 */
final class Replay {

    /** What came of a replay request. */
    enum Outcome {
        COMPLETED,
        FAILED,
        UNSUPPORTED_BY_ENDPOINT
    }

    private static final Duration LIMIT = Duration.ofMinutes(30);
    private static final Duration POLL = Duration.ofSeconds(5);
    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final EventBridgeClient eventBridge;
    private final Topology topology;
    private final PrintStream out;
    private final Clock clock;

    Replay(EventBridgeClient eventBridge, Topology topology, PrintStream out, Clock clock) {
        this.eventBridge = eventBridge;
        this.topology = topology;
        this.out = out;
        this.clock = clock;
    }

    Outcome replay(AwsTarget target, ServiceName service, Instant from, Instant to) {
        Optional<Emulator> emulator = target.endpoint().flatMap(Emulator::at);
        if (emulator.isPresent()) {
            out.println("replay is not possible on this endpoint (" + target + "): "
                    + emulator.get().replayGap()
                    + ". Nothing was replayed. Replay runs against AWS, where the archive "
                    + topology.archive().name() + " keeps every event of " + topology.busName() + ".");
            return Outcome.UNSUPPORTED_BY_ENDPOINT;
        }
        List<String> ruleArns = topology.rules().stream()
                .filter(rule -> rule.targetQueue().equals(service.queueName()))
                .map(this::arnOf)
                .toList();
        String archiveArn = eventBridge
                .describeArchive(
                        request -> request.archiveName(topology.archive().name()))
                .archiveArn();
        String busArn = eventBridge
                .describeEventBus(request -> request.name(topology.busName()))
                .arn();
        String name = "shop-" + service.id() + "-" + NAME_TIME.format(Instant.now(clock));
        eventBridge.startReplay(request -> request.replayName(name)
                .eventSourceArn(archiveArn)
                .eventStartTime(from)
                .eventEndTime(to)
                .destination(destination -> destination.arn(busArn).filterArns(ruleArns))
                .description("Events of " + from + " to " + to + " for " + service.queueName()));
        out.println("AUDIT " + Instant.now(clock) + " replay " + name + " of "
                + topology.archive().name() + " from " + from + " to " + to + " to the rules " + ruleArns);
        DescribeReplayResponse replay = await(name);
        out.println("replay " + name + " " + replay.stateAsString()
                + (replay.stateReason() == null ? "" : ": " + replay.stateReason()));
        return replay.state() == ReplayState.COMPLETED ? Outcome.COMPLETED : Outcome.FAILED;
    }

    private String arnOf(RuleSpec rule) {
        return eventBridge
                .describeRule(request -> request.name(rule.name()).eventBusName(rule.busName()))
                .arn();
    }

    private DescribeReplayResponse await(String name) {
        Instant giveUp = Instant.now(clock).plus(LIMIT);
        while (true) {
            DescribeReplayResponse replay = eventBridge.describeReplay(request -> request.replayName(name));
            boolean running = replay.state() == ReplayState.STARTING || replay.state() == ReplayState.RUNNING;
            if (!running || Instant.now(clock).isAfter(giveUp)) {
                return replay;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for replay " + name, e);
            }
        }
    }
}
