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
record AwsTarget(Optional<URI> endpoint, Region region) {

    <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
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
