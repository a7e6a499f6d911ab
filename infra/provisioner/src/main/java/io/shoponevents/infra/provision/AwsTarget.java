package io.shoponevents.infra.provision;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbBaseClientBuilder;

/**
 * The AWS endpoint to provision: an emulator's URL, or empty for the real AWS endpoints of the region. DynamoDB may
 * answer at a URL of its own (LocalStack for the rest, moto for DynamoDB); by default it shares the one endpoint.
 * Credentials come from the SDK's default chain (environment, profile, role); an emulator that is given no credentials
 * gets dummy ones, since it accepts any.
 */
record AwsTarget(Optional<URI> endpoint, Optional<URI> dynamoDbEndpoint, Region region) {

    AwsTarget(Optional<URI> endpoint, Region region) {
        this(endpoint, endpoint, region);
    }

    <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        Optional<URI> uri = builder instanceof DynamoDbBaseClientBuilder<?, ?> ? dynamoDbEndpoint : endpoint;
        uri.ifPresent(url -> builder.endpointOverride(url)
                .credentialsProvider(AwsCredentialsProviderChain.of(
                        DefaultCredentialsProvider.builder().build(),
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))));
        return builder.region(region);
    }

    @Override
    public String toString() {
        String target = endpoint.map(URI::toString).orElse("AWS");
        if (!dynamoDbEndpoint.equals(endpoint)) {
            target += ", DynamoDB at " + dynamoDbEndpoint.map(URI::toString).orElse("AWS");
        }
        return target + " (" + region + ")";
    }
}
