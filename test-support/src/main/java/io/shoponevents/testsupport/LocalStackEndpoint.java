package io.shoponevents.testsupport;

import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.regions.Region;

/** LocalStack in Docker, for machines with a Docker engine. The container is removed when the JVM exits. */
final class LocalStackEndpoint {

    static final String DEFAULT_IMAGE = "localstack/localstack:4.14.0";

    private LocalStackEndpoint() {}

    static AwsEndpoint start() {
        String image = System.getProperty("shop.test.localstack-image", DEFAULT_IMAGE);
        LocalStackContainer container = new LocalStackContainer(
                        DockerImageName.parse(image).asCompatibleSubstituteFor("localstack/localstack"))
                .withServices("events", "sns", "sqs", "dynamodb", "ses", "sts");
        String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
        if (token != null && !token.isBlank()) {
            container.withEnv("LOCALSTACK_AUTH_TOKEN", token);
        }
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "localstack-stop"));
        return new AwsEndpoint(
                container.getEndpoint(),
                Region.of(container.getRegion()),
                container.getAccessKey(),
                container.getSecretKey(),
                "LocalStack " + image);
    }
}
