package io.shoponevents.testsupport;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import software.amazon.awssdk.regions.Region;

/**
 * The one AWS endpoint of a test run, started on first use and stopped when the test JVM exits. The system property
 * {@value #CHOICE_PROPERTY} (or the environment variable {@value #CHOICE_VARIABLE}) chooses it:
 *
 * <ul>
 *   <li>{@code auto} (the default): {@code AWS_ENDPOINT_URL} if set; LocalStack through Testcontainers when a Docker
 *       engine answers; else moto server;
 *   <li>{@code environment}: {@code AWS_ENDPOINT_URL} (and {@code AWS_ENDPOINT_URL_DYNAMODB} if set);
 *   <li>{@code moto}: moto server installed into the project and started on a free port;
 *   <li>{@code localstack}: LocalStack installed into the project (no Docker) for SQS, SNS, EventBridge and SES, with
 *       DynamoDB on moto server;
 *   <li>{@code testcontainers}: LocalStack in Docker through Testcontainers.
 * </ul>
 *
 * An explicit choice that cannot be met fails the run; it never falls back to another endpoint.
 */
public final class AwsTestEndpoint {

    public static final String CHOICE_PROPERTY = "shop.test.endpoint";
    public static final String CHOICE_VARIABLE = "SHOP_TEST_ENDPOINT";
    private static final Region DEFAULT_REGION = Region.US_EAST_1;

    private AwsTestEndpoint() {}

    public static AwsEndpoint get() {
        return Holder.ENDPOINT;
    }

    private static final class Holder {
        static final AwsEndpoint ENDPOINT = start();
    }

    enum Choice {
        AUTO,
        ENVIRONMENT,
        MOTO,
        LOCALSTACK,
        TESTCONTAINERS;

        static Choice of(String value) {
            if (value == null || value.isBlank()) {
                return AUTO;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        CHOICE_PROPERTY + "=" + value + " is not an endpoint choice; use one of "
                                + Arrays.toString(values()).toLowerCase(Locale.ROOT));
            }
        }
    }

    static Choice configuredChoice() {
        return Choice.of(Optional.ofNullable(System.getProperty(CHOICE_PROPERTY))
                .filter(value -> !value.isBlank())
                .orElse(System.getenv(CHOICE_VARIABLE)));
    }

    private static AwsEndpoint start() {
        Choice choice = configuredChoice();
        AwsEndpoint endpoint = switch (choice) {
            case AUTO ->
                fromEnvironment()
                        .orElseGet(() -> DockerClientFactory.instance().isDockerAvailable()
                                ? LocalStackEndpoint.start()
                                : moto());
            case ENVIRONMENT ->
                fromEnvironment()
                        .orElseThrow(() -> new IllegalStateException(
                                CHOICE_PROPERTY + "=environment, but AWS_ENDPOINT_URL is not set"));
            case MOTO -> moto();
            case LOCALSTACK -> localStackWithMoto();
            case TESTCONTAINERS -> {
                if (!DockerClientFactory.instance().isDockerAvailable()) {
                    throw new IllegalStateException(CHOICE_PROPERTY + "=testcontainers, but no Docker engine answers");
                }
                yield LocalStackEndpoint.start();
            }
        };
        System.out.println("AWS endpoint for integration tests (" + CHOICE_PROPERTY + "="
                + choice.name().toLowerCase(Locale.ROOT) + "): " + endpoint);
        return endpoint;
    }

    private static AwsEndpoint moto() {
        return new AwsEndpoint(MotoServer.start(), DEFAULT_REGION, "test", "test", "moto server");
    }

    private static AwsEndpoint localStackWithMoto() {
        URI dynamoDb = MotoServer.start();
        URI localStack = LocalStackServer.start();
        return new AwsEndpoint(
                localStack,
                dynamoDb,
                DEFAULT_REGION,
                "test",
                "test",
                "LocalStack " + LocalStackServer.VERSION + " (SQS, SNS, EventBridge, SES) with moto server (DynamoDB)");
    }

    private static Optional<AwsEndpoint> fromEnvironment() {
        String url = System.getenv("AWS_ENDPOINT_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri = URI.create(url);
        URI dynamoDb = Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL_DYNAMODB"))
                .filter(value -> !value.isBlank())
                .map(URI::create)
                .orElse(uri);
        String region = Optional.ofNullable(System.getenv("AWS_REGION")).orElse(DEFAULT_REGION.id());
        return Optional.of(new AwsEndpoint(
                uri,
                dynamoDb,
                Region.of(region),
                Optional.ofNullable(System.getenv("AWS_ACCESS_KEY_ID")).orElse("test"),
                Optional.ofNullable(System.getenv("AWS_SECRET_ACCESS_KEY")).orElse("test"),
                "AWS_ENDPOINT_URL"));
    }
}
