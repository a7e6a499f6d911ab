package io.shoponevents.infra.cdk;

import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awscdk.App;

/**
 * What a deployment may choose, from CDK context ({@code cdk deploy -c key=value}) or the environment.
 *
 * @param region where to deploy: context {@code region}, else the CLI's {@code CDK_DEFAULT_REGION}, else us-east-1
 * @param repositoryRoot the directory with the Dockerfile the service images are built from
 * @param emailIdentity the SES identity (domain or address) notification-service sends from: context
 *     {@code sesIdentity}, else every identity of the account in the region ({@code *})
 * @param senderEmail the address notification emails come from: context {@code senderEmail}, else the SES identity
 *     when it is an address, else {@code shop@<identity>} for a domain identity
 */
record ShopSettings(String region, Path repositoryRoot, String emailIdentity, String senderEmail) {

    static final String DEFAULT_REGION = "us-east-1";

    static ShopSettings from(App app) {
        String identity = context(app, "sesIdentity", "*");
        return new ShopSettings(
                context(app, "region", orElse(System.getenv("CDK_DEFAULT_REGION"), DEFAULT_REGION)),
                repositoryRoot(Path.of("").toAbsolutePath()),
                identity,
                context(app, "senderEmail", defaultSender(identity)));
    }

    static String defaultSender(String identity) {
        if (identity.contains("@")) {
            return identity;
        }
        return "*".equals(identity) ? "shop@example.com" : "shop@" + identity;
    }

    /** The nearest directory at or above {@code start} holding the Maven wrapper and the Dockerfile. */
    static Path repositoryRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("Dockerfile"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory at or above " + start + " holds both mvnw and Dockerfile");
    }

    private static String context(App app, String key, String fallback) {
        Object value = app.getNode().tryGetContext(key);
        return value == null ? fallback : value.toString();
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
