package io.shoponevents.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * LocalStack without Docker, for SQS, SNS, EventBridge and SES. {@code scripts/localstack-server.sh} installs the
 * pinned {@code localstack-core} into the project on first use (it needs Python 3.12+). DynamoDB is not among its
 * services: LocalStack serves DynamoDB through DynamoDB Local, which is not open source, so this endpoint is paired
 * with moto for DynamoDB.
 */
final class LocalStackServer {

    static final String VERSION = "4.14.0";
    private static final List<String> SERVICES = List.of("sqs", "sns", "events", "ses");
    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private LocalStackServer() {}

    static URI start() {
        try {
            return EmulatorProcess.start("localstack", "localstack-server.sh", LocalStackServer::servicesRunning);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    "The local LocalStack endpoint could not start: " + e.getMessage()
                            + ". It needs Python 3.12+ with venv (found through python3.13, python3.12 or pyenv)"
                            + " and PyPI on first use.",
                    e);
        }
    }

    /** LocalStack answers on its port before its services are up; its health page says when each one runs. */
    private static boolean servicesRunning(URI uri) {
        if (!MotoServer.listening(uri)) {
            return false;
        }
        try {
            String health = http.send(
                            HttpRequest.newBuilder(uri.resolve("/_localstack/health"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body()
                    .replace(" ", "");
            return SERVICES.stream().allMatch(service -> health.contains("\"" + service + "\":\"running\""));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
