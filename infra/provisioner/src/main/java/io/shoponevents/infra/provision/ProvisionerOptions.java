package io.shoponevents.infra.provision;

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
        AwsTarget target = AwsTarget.fromEnvironment();
        String sender = DEFAULT_SENDER;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--endpoint" -> target = target.withEndpoint(value);
                case "--dynamodb-endpoint" -> target = target.withDynamoDbEndpoint(value);
                case "--region" -> target = target.withRegion(value);
                case "--sender" -> sender = value;
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new ProvisionerOptions(target, sender);
    }
}
