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
 * The AWS endpoint to work on: an emulator's URL, or empty for the real AWS endpoints of the region. DynamoDB may
 * answer at a URL of its own (LocalStack for the rest, moto for DynamoDB); by default it shares the one endpoint.
 * Credentials come from the SDK's default chain (environment, profile, role); an emulator that is given no credentials
 * gets dummy ones, since it accepts any.
 */
public record AwsTarget(Optional<URI> endpoint, Optional<URI> dynamoDbEndpoint, Region region) {

    public AwsTarget(Optional<URI> endpoint, Region region) {
        this(endpoint, endpoint, region);
    }

    /**
     * {@code AWS_ENDPOINT_URL} if set, else the real AWS endpoints; DynamoDB at {@code AWS_ENDPOINT_URL_DYNAMODB} if
     * set, else at the same endpoint; {@code AWS_REGION}, else us-east-1.
     */
    public static AwsTarget fromEnvironment() {
        Optional<URI> endpoint = urlFromEnvironment("AWS_ENDPOINT_URL");
        return new AwsTarget(
                endpoint,
                urlFromEnvironment("AWS_ENDPOINT_URL_DYNAMODB").or(() -> endpoint),
                Region.of(Optional.ofNullable(System.getenv("AWS_REGION")).orElse("us-east-1")));
    }

    /** The same target at an endpoint given as a command-line value; DynamoDB moves along unless it has its own. */
    public AwsTarget withEndpoint(String url) {
        Optional<URI> uri = Optional.of(endpointUri("--endpoint", url));
        return new AwsTarget(uri, dynamoDbEndpoint.equals(endpoint) ? uri : dynamoDbEndpoint, region);
    }

    /** The same target with DynamoDB at an endpoint of its own, given as a command-line value. */
    public AwsTarget withDynamoDbEndpoint(String url) {
        return new AwsTarget(endpoint, Optional.of(endpointUri("--dynamodb-endpoint", url)), region);
    }

    public AwsTarget withRegion(String name) {
        return new AwsTarget(endpoint, dynamoDbEndpoint, Region.of(name));
    }

    public <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
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

    private static Optional<URI> urlFromEnvironment(String variable) {
        return Optional.ofNullable(System.getenv(variable))
                .filter(url -> !url.isBlank())
                .map(URI::create);
    }

    private static URI endpointUri(String option, String value) {
        URI uri = URI.create(value);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException(option + " must be a URL such as http://localhost:4566, not " + value);
        }
        return uri;
    }
}
