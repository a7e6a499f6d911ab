package io.shoponevents.infra.operate;

import io.shoponevents.events.ServiceName;
import io.shoponevents.events.topology.Topology;
import io.shoponevents.infra.provision.Provisioner;
import io.shoponevents.runtime.consume.DeadLetters;
import io.shoponevents.testsupport.AwsEndpoint;
import io.shoponevents.testsupport.AwsTestEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** The provisioned topology on the test run's endpoint, the operator pointed at it, and the queues to look into. */
final class OperatorBench {

    static final Topology topology = Topology.standard();
    private static final OperatorBench SHARED = new OperatorBench();

    final AwsEndpoint endpoint = AwsTestEndpoint.get();
    final SqsClient sqs = endpoint.configure(SqsClient.builder()).build();
    final EventBridgeClient eventBridge =
            endpoint.configure(EventBridgeClient.builder()).build();

    /** Provisioned once for all test classes; the clients live as long as the test JVM. */
    static OperatorBench shared() {
        return SHARED;
    }

    private OperatorBench() {
        Provisioner.provision(
                endpoint.uri(), endpoint.dynamoDbUri(), endpoint.region().id(), "shop@example.com", System.out);
    }

    /** What the operator printed and its exit status. */
    record Run(int status, String output) {
        List<String> auditLines() {
            return output.lines().filter(line -> line.startsWith("AUDIT ")).toList();
        }
    }

    Run operator(String... args) {
        OperatorOptions options = OperatorOptions.parse(Stream.concat(
                        Stream.of(args),
                        Stream.of(
                                "--endpoint",
                                endpoint.uri().toString(),
                                "--region",
                                endpoint.region().id()))
                .toArray(String[]::new));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int status = new Operator(sqs, eventBridge, topology, out, Clock.systemUTC()).run(options);
        String output = buffer.toString(StandardCharsets.UTF_8);
        System.out.print(output);
        return new Run(status, output);
    }

    /** Rejects a message as the service's listener does with poison. */
    void reject(ServiceName service, String body, String reason) {
        new DeadLetters(sqs, topology.queue(service).deadLetterQueueName()).reject(body, reason);
    }

    /** Receives and deletes every message in the queue. */
    List<Message> drain(String queueName) {
        String url = sqs.getQueueUrl(request -> request.queueName(queueName)).queueUrl();
        List<Message> drained = new ArrayList<>();
        List<Message> batch;
        do {
            batch = sqs.receiveMessage(request -> request.queueUrl(url)
                            .maxNumberOfMessages(10)
                            .waitTimeSeconds(1)
                            .messageAttributeNames("All"))
                    .messages();
            batch.forEach(message ->
                    sqs.deleteMessage(delete -> delete.queueUrl(url).receiptHandle(message.receiptHandle())));
            drained.addAll(batch);
        } while (!batch.isEmpty());
        return drained;
    }

    void drainBoth(ServiceName service) {
        drain(topology.queue(service).name());
        drain(topology.queue(service).deadLetterQueueName());
    }
}
