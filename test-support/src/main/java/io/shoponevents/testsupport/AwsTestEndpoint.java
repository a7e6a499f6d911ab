package io.shoponevents.testsupport;

import java.net.URI;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import software.amazon.awssdk.regions.Region;

/**
 * The one AWS endpoint of a test run, started on first use and stopped when the test JVM exits. Chosen in this order:
 * {@code AWS_ENDPOINT_URL} if set; LocalStack through Testcontainers when a Docker engine answers; moto server
 * installed into the project and started on a free port.
 */
public final class AwsTestEndpoint {

    private static final Region DEFAULT_REGION = Region.US_EAST_1;

    private AwsTestEndpoint() {}

    public static AwsEndpoint get() {
        return Holder.ENDPOINT;
    }

    private static final class Holder {
        static final AwsEndpoint ENDPOINT = start();
    }

    private static AwsEndpoint start() {
        AwsEndpoint endpoint = fromEnvironment()
                .orElseGet(() -> DockerClientFactory.instance().isDockerAvailable()
                        ? LocalStackEndpoint.start()
                        : MotoServer.start(DEFAULT_REGION));
        System.out.println("AWS endpoint for integration tests: " + endpoint);
        return endpoint;
    }

    private static Optional<AwsEndpoint> fromEnvironment() {
        String url = System.getenv("AWS_ENDPOINT_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String region = Optional.ofNullable(System.getenv("AWS_REGION")).orElse(DEFAULT_REGION.id());
        return Optional.of(new AwsEndpoint(
                URI.create(url),
                Region.of(region),
                Optional.ofNullable(System.getenv("AWS_ACCESS_KEY_ID")).orElse("test"),
                Optional.ofNullable(System.getenv("AWS_SECRET_ACCESS_KEY")).orElse("test"),
                "AWS_ENDPOINT_URL"));
    }
}
