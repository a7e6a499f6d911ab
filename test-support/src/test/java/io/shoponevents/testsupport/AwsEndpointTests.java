package io.shoponevents.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

class AwsEndpointTests {

    private static final URI LOCALSTACK = URI.create("http://127.0.0.1:4566");
    private static final URI MOTO = URI.create("http://127.0.0.1:4567");
    private final AwsEndpoint split = new AwsEndpoint(LOCALSTACK, MOTO, Region.US_EAST_1, "test", "test", "split");

    @Test
    void sendsDynamoDbClientsToTheDynamoDbEndpointAndOthersToTheMainOne() {
        try (DynamoDbClient dynamoDb = split.configure(DynamoDbClient.builder()).build();
                SqsClient sqs = split.configure(SqsClient.builder()).build()) {
            assertThat(dynamoDb.serviceClientConfiguration().endpointOverride()).contains(MOTO);
            assertThat(sqs.serviceClientConfiguration().endpointOverride()).contains(LOCALSTACK);
        }
    }

    @Test
    void givesSpringCloudAwsAndTheSdkTheDynamoDbEndpointSeparately() {
        assertThat(split.springCloudAwsProperties())
                .containsEntry("spring.cloud.aws.endpoint", LOCALSTACK.toString())
                .containsEntry("spring.cloud.aws.dynamodb.endpoint", MOTO.toString());
        assertThat(split.processEnvironment())
                .containsEntry("SPRING_CLOUD_AWS_ENDPOINT", LOCALSTACK.toString())
                .containsEntry("SPRING_CLOUD_AWS_DYNAMODB_ENDPOINT", MOTO.toString())
                .containsEntry("AWS_ENDPOINT_URL", LOCALSTACK.toString())
                .containsEntry("AWS_ENDPOINT_URL_DYNAMODB", MOTO.toString());
    }

    @Test
    void oneEndpointServesDynamoDbToo() {
        AwsEndpoint single = new AwsEndpoint(MOTO, Region.US_EAST_1, "test", "test", "moto server");

        assertThat(single.dynamoDbUri()).isEqualTo(MOTO);
        assertThat(single.splitsDynamoDb()).isFalse();
    }

    @Test
    void readsTheEndpointChoiceAndRejectsAnUnknownOne() {
        assertThat(AwsTestEndpoint.Choice.of(null)).isEqualTo(AwsTestEndpoint.Choice.AUTO);
        assertThat(AwsTestEndpoint.Choice.of(" LocalStack ")).isEqualTo(AwsTestEndpoint.Choice.LOCALSTACK);
        assertThatIllegalStateException()
                .isThrownBy(() -> AwsTestEndpoint.Choice.of("docker"))
                .withMessageContaining("shop.test.endpoint=docker is not an endpoint choice")
                .withMessageContaining("moto");
    }
}
