package io.shoponevents.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The endpoint's own floor, with the bare SDK and no services: one EventBridge hop (PutEvents on a scratch bus, a rule
 * to a scratch queue, long-poll receive) and one SNS hop (Publish to a scratch topic, raw delivery to a scratch queue),
 * each timed from just before the send to the receive. The scratch resources are deleted afterwards.
 */
final class BusFloor {

    record Floor(LatencySummary eventBridge, LatencySummary sns) {

        static Floor medianOf(List<Floor> runs) {
            return new Floor(
                    LatencySummary.medianOf(
                            runs.stream().map(Floor::eventBridge).toList()),
                    LatencySummary.medianOf(runs.stream().map(Floor::sns).toList()));
        }
    }

    private static final int WARMUP_SAMPLES = 3;
    private static final Duration RECEIVE_TIMEOUT = Duration.ofSeconds(20);

    private final AwsClients aws;

    BusFloor(AwsClients aws) {
        this.aws = aws;
    }

    Floor measure(int samples) {
        String id = UUID.randomUUID().toString();
        return new Floor(eventBridgeHop("bench-floor-" + id, samples), snsHop("bench-floor-" + id, samples));
    }

    private LatencySummary eventBridgeHop(String name, int samples) {
        aws.events().createEventBus(request -> request.name(name));
        ScratchQueue queue = null;
        try {
            queue = ScratchQueue.create(aws.sqs(), name + "-eb");
            String ruleArn = aws.events()
                    .putRule(request ->
                            request.name(name).eventBusName(name).eventPattern("{\"source\":[\"bench.floor\"]}"))
                    .ruleArn();
            queue.allow("events.amazonaws.com", ruleArn);
            String queueArn = queue.arn();
            aws.events()
                    .putTargets(request -> request.rule(name)
                            .eventBusName(name)
                            .targets(target -> target.id("queue").arn(queueArn)));
            return sample(
                    queue,
                    samples,
                    marker -> aws.events()
                            .putEvents(request -> request.entries(entry -> entry.eventBusName(name)
                                    .source("bench.floor")
                                    .detailType("FloorProbe")
                                    .detail("{\"probe\":\"" + marker + "\"}"))));
        } finally {
            quietly(() -> aws.events()
                    .removeTargets(
                            request -> request.rule(name).eventBusName(name).ids("queue")));
            quietly(() -> aws.events().deleteRule(request -> request.name(name).eventBusName(name)));
            quietly(() -> aws.events().deleteEventBus(request -> request.name(name)));
            if (queue != null) {
                quietly(queue::delete);
            }
        }
    }

    private LatencySummary snsHop(String name, int samples) {
        String topicArn = aws.sns().createTopic(request -> request.name(name)).topicArn();
        ScratchQueue queue = null;
        String subscriptionArn = null;
        try {
            queue = ScratchQueue.create(aws.sqs(), name + "-sns");
            queue.allow("sns.amazonaws.com", topicArn);
            String queueArn = queue.arn();
            subscriptionArn = aws.sns()
                    .subscribe(request -> request.topicArn(topicArn)
                            .protocol("sqs")
                            .endpoint(queueArn)
                            .attributes(Map.of("RawMessageDelivery", "true")))
                    .subscriptionArn();
            return sample(
                    queue,
                    samples,
                    marker -> aws.sns()
                            .publish(request -> request.topicArn(topicArn).message("{\"probe\":\"" + marker + "\"}")));
        } finally {
            String subscription = subscriptionArn;
            if (subscription != null) {
                quietly(() -> aws.sns().unsubscribe(request -> request.subscriptionArn(subscription)));
            }
            quietly(() -> aws.sns().deleteTopic(request -> request.topicArn(topicArn)));
            if (queue != null) {
                quietly(queue::delete);
            }
        }
    }

    private static LatencySummary sample(ScratchQueue queue, int samples, Consumer<String> send) {
        List<Duration> latencies = new ArrayList<>();
        for (int i = 0; i < WARMUP_SAMPLES + samples; i++) {
            String marker = UUID.randomUUID().toString();
            long sent = System.nanoTime();
            send.accept(marker);
            if (queue.receive(marker, RECEIVE_TIMEOUT) == null) {
                throw new IllegalStateException("a probe sent to " + queue.arn() + " did not arrive within "
                        + RECEIVE_TIMEOUT.toSeconds() + " s");
            }
            if (i >= WARMUP_SAMPLES) {
                latencies.add(Duration.ofNanos(System.nanoTime() - sent));
            }
        }
        return LatencySummary.of(latencies);
    }

    private static void quietly(Runnable cleanup) {
        try {
            cleanup.run();
        } catch (RuntimeException e) {
            System.err.println("benchmark: could not clean up a scratch resource: " + e.getMessage());
        }
    }
}
