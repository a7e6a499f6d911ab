package io.shoponevents.infra.provision;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/** Command-line options of the provisioner. */
record ProvisionerOptions(AwsTarget target, String sender) {

    static final String DEFAULT_SENDER = "shop@example.com";

    static final String USAGE = """
            usage: provisioner [--endpoint URL] [--dynamodb-endpoint URL] [--region REGION] [--sender EMAIL]
              --endpoint           the AWS endpoint, e.g. http://localhost:4566 for an emulator;
                                   default: AWS_ENDPOINT_URL, else the real AWS endpoints
              --dynamodb-endpoint  where DynamoDB answers, if not at --endpoint (an emulator without DynamoDB);
                                   default: AWS_ENDPOINT_URL_DYNAMODB, else --endpoint
              --region             default: AWS_REGION, else us-east-1
              --sender             the address notification emails come from (default %s)
            """.formatted(DEFAULT_SENDER);

    static ProvisionerOptions parse(String... args) {
        Optional<URI> endpoint = fromEnvironment("AWS_ENDPOINT_URL");
        Optional<URI> dynamoDbEndpoint = fromEnvironment("AWS_ENDPOINT_URL_DYNAMODB");
        String region = Optional.ofNullable(System.getenv("AWS_REGION")).orElse("us-east-1");
        String sender = DEFAULT_SENDER;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--endpoint" -> endpoint = Optional.of(endpointUri(name, value));
                case "--dynamodb-endpoint" -> dynamoDbEndpoint = Optional.of(endpointUri(name, value));
                case "--region" -> region = value;
                case "--sender" -> sender = value;
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        Optional<URI> everyService = endpoint;
        return new ProvisionerOptions(
                new AwsTarget(everyService, dynamoDbEndpoint.or(() -> everyService), Region.of(region)), sender);
    }

    private static Optional<URI> fromEnvironment(String variable) {
        return Optional.ofNullable(System.getenv(variable))
                .filter(url -> !url.isBlank())
                .map(URI::create);
    }

    private static URI endpointUri(String option, String value) {
        URI uri = URI.create(value);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException(option + " must be a URL such as http://localhost:4566, not " + value);
        }
        return uri;
    }
}
