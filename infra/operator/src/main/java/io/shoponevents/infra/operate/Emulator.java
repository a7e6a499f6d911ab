package io.shoponevents.infra.operate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The emulators whose EventBridge replay does not do what AWS does, recognised by their own admin paths. The
 * operator refuses to replay on them rather than send events where no one asked.
 */
enum Emulator {
    MOTO(
            "/moto-api/",
            "moto replays every archived event, whatever the time window, to every rule of the bus: it ignores"
                    + " EventStartTime, EventEndTime and Destination.FilterArns"),
    LOCALSTACK(
            "/_localstack/health",
            "LocalStack replays the events of the window to every rule of the bus: it ignores"
                    + " Destination.FilterArns");

    private final String probePath;
    private final String replayGap;

    Emulator(String probePath, String replayGap) {
        this.probePath = probePath;
        this.replayGap = replayGap;
    }

    String replayGap() {
        return replayGap;
    }

    static Optional<Emulator> at(URI endpoint) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (Emulator emulator : values()) {
            if (answers(http, endpoint.resolve(emulator.probePath))) {
                return Optional.of(emulator);
            }
        }
        return Optional.empty();
    }

    private static boolean answers(HttpClient http, URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
