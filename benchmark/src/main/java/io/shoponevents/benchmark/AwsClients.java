package io.shoponevents.benchmark;

import java.net.URI;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Bare SDK clients for one endpoint; credentials from the standard chain (scripts/benchmark.sh defaults them). */
record AwsClients(EventBridgeClient events, SnsClient sns, SqsClient sqs) implements AutoCloseable {

    static AwsClients of(URI endpoint, String region) {
        Region awsRegion = Region.of(region);
        return new AwsClients(
                EventBridgeClient.builder()
                        .endpointOverride(endpoint)
                        .region(awsRegion)
                        .build(),
                SnsClient.builder().endpointOverride(endpoint).region(awsRegion).build(),
                SqsClient.builder().endpointOverride(endpoint).region(awsRegion).build());
    }

    @Override
    public void close() {
        events.close();
        sns.close();
        sqs.close();
    }
}
