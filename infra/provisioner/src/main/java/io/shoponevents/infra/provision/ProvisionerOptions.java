package io.shoponevents.infra.provision;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/** Command-line options of the provisioner. */
record ProvisionerOptions(AwsTarget target, String sender) {

    static final String DEFAULT_SENDER = "shop@example.com";

    static final String USAGE = """
            usage: provisioner [--endpoint URL] [--region REGION] [--sender EMAIL]
              --endpoint  the AWS endpoint, e.g. http://localhost:4566 for an emulator;
                          default: AWS_ENDPOINT_URL, else the real AWS endpoints
              --region    default: AWS_REGION, else us-east-1
              --sender    the address notification emails come from (default %s)
            """.formatted(DEFAULT_SENDER);

    static ProvisionerOptions parse(String... args) {
        Optional<URI> endpoint = Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL"))
                .filter(url -> !url.isBlank())
                .map(URI::create);
        String region = Optional.ofNullable(System.getenv("AWS_REGION")).orElse("us-east-1");
        String sender = DEFAULT_SENDER;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--endpoint" -> endpoint = Optional.of(endpointUri(value));
                case "--region" -> region = value;
                case "--sender" -> sender = value;
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new ProvisionerOptions(new AwsTarget(endpoint, Region.of(region)), sender);
    }

    private static URI endpointUri(String value) {
        URI uri = URI.create(value);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("--endpoint must be a URL such as http://localhost:4566, not " + value);
        }
        return uri;
    }
}
