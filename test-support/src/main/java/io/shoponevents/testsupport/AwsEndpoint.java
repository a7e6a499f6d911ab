package io.shoponevents.testsupport;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbBaseClientBuilder;

/**
 * Where integration tests send their AWS calls: one URL for every service, or a separate one for DynamoDB (LocalStack
 * for SQS, SNS, EventBridge and SES with DynamoDB on moto).
 *
 * @param uri where every service but DynamoDB answers
 * @param dynamoDbUri where DynamoDB answers; {@code uri} when one endpoint serves all
 * @param description what answers there, for the test log: "moto server", "LocalStack 4.14.0", "AWS_ENDPOINT_URL"
 */
public record AwsEndpoint(
        URI uri, URI dynamoDbUri, Region region, String accessKeyId, String secretAccessKey, String description) {

    /** One endpoint for every service. */
    public AwsEndpoint(URI uri, Region region, String accessKeyId, String secretAccessKey, String description) {
        this(uri, uri, region, accessKeyId, secretAccessKey, description);
    }

    /** The same endpoint reached at other addresses, such as proxies in front of it. */
    public AwsEndpoint reachedAt(URI otherUri, URI otherDynamoDbUri) {
        return new AwsEndpoint(
                otherUri, otherDynamoDbUri, region, accessKeyId, secretAccessKey, description + " through a proxy");
    }

    /** Points an SDK client builder at this endpoint: a DynamoDB builder at {@link #dynamoDbUri}, others at {@link #uri}. */
    public <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        return builder.endpointOverride(builder instanceof DynamoDbBaseClientBuilder<?, ?> ? dynamoDbUri : uri)
                .region(region)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)));
    }

    /** The Spring Cloud AWS settings that point a Spring Boot application at this endpoint. */
    public Map<String, String> springCloudAwsProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.cloud.aws.endpoint", uri.toString());
        properties.put("spring.cloud.aws.dynamodb.endpoint", dynamoDbUri.toString());
        properties.put("spring.cloud.aws.region.static", region.id());
        properties.put("spring.cloud.aws.credentials.access-key", accessKeyId);
        properties.put("spring.cloud.aws.credentials.secret-key", secretAccessKey);
        return properties;
    }

    /**
     * The environment of a process pointed at this endpoint: the Spring Cloud AWS settings in their environment form,
     * and the AWS SDK's own variables (including the per-service {@code AWS_ENDPOINT_URL_DYNAMODB}) for clients built
     * without Spring.
     */
    public Map<String, String> processEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        springCloudAwsProperties()
                .forEach((name, value) -> environment.put(name.toUpperCase().replaceAll("[.-]", "_"), value));
        environment.put("AWS_ENDPOINT_URL", uri.toString());
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoDbUri.toString());
        environment.put("AWS_REGION", region.id());
        environment.put("AWS_ACCESS_KEY_ID", accessKeyId);
        environment.put("AWS_SECRET_ACCESS_KEY", secretAccessKey);
        return environment;
    }

    /** True when DynamoDB answers somewhere else than the other services. */
    public boolean splitsDynamoDb() {
        return !dynamoDbUri.equals(uri);
    }

    @Override
    public String toString() {
        return description + " at " + uri + (splitsDynamoDb() ? ", DynamoDB at " + dynamoDbUri : "") + " (" + region
                + ")";
    }
}
