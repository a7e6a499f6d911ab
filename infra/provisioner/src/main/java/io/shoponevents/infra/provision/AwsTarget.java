package io.shoponevents.infra.provision;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * The AWS endpoint to provision: an emulator's URL, or empty for the real AWS endpoints of the region. Credentials come
 * from the SDK's default chain (environment, profile, role); an emulator that is given no credentials gets dummy ones,
 * since it accepts any.
 */
public record AwsTarget(Optional<URI> endpoint, Region region) {

    /** {@code AWS_ENDPOINT_URL} if set, else the real AWS endpoints; {@code AWS_REGION}, else us-east-1. */
    public static AwsTarget fromEnvironment() {
        return new AwsTarget(
                Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL"))
                        .filter(url -> !url.isBlank())
                        .map(URI::create),
                Region.of(Optional.ofNullable(System.getenv("AWS_REGION")).orElse("us-east-1")));
    }

    /** The same target at an endpoint given as a command-line value. */
    public AwsTarget withEndpoint(String url) {
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("--endpoint must be a URL such as http://localhost:4566, not " + url);
        }
        return new AwsTarget(Optional.of(uri), region);
    }

    public AwsTarget withRegion(String name) {
        return new AwsTarget(endpoint, Region.of(name));
    }

    public <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        endpoint.ifPresent(uri -> builder.endpointOverride(uri)
                .credentialsProvider(AwsCredentialsProviderChain.of(
                        DefaultCredentialsProvider.builder().build(),
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))));
        return builder.region(region);
    }

    @Override
    public String toString() {
        return endpoint.map(URI::toString).orElse("AWS") + " (" + region + ")";
    }
}
