package io.shoponevents.testsupport;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * Where integration tests send their AWS calls.
 *
 * @param description what answers there, for the test log: "moto 5.2.5", "LocalStack", "AWS_ENDPOINT_URL"
 */
public record AwsEndpoint(URI uri, Region region, String accessKeyId, String secretAccessKey, String description) {

    /** Points an SDK client builder at this endpoint. */
    public <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        return builder.endpointOverride(uri)
                .region(region)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)));
    }

    /** The Spring Cloud AWS settings that point a Spring Boot application at this endpoint. */
    public Map<String, String> springCloudAwsProperties() {
        return Map.of(
                "spring.cloud.aws.endpoint",
                uri.toString(),
                "spring.cloud.aws.region.static",
                region.id(),
                "spring.cloud.aws.credentials.access-key",
                accessKeyId,
                "spring.cloud.aws.credentials.secret-key",
                secretAccessKey);
    }

    @Override
    public String toString() {
        return description + " at " + uri + " (" + region + ")";
    }
}
