package io.shoponevents.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The counters of the emulator run by scripts/moto_server.py ({@code GET /_shop/emulator-stats}): per AWS action, the
 * requests it served and the seconds they took. Any other endpoint (LocalStack, AWS) has none: empty.
 */
final class EmulatorStats {

    static final String PATH = "/_shop/emulator-stats";

    /** @param lockWaitSeconds of {@code seconds}, the time a DynamoDB request waited for its turn */
    record Action(long requests, double seconds, double lockWaitSeconds) {

        Action minus(Action earlier) {
            return new Action(
                    requests - earlier.requests, seconds - earlier.seconds, lockWaitSeconds - earlier.lockWaitSeconds);
        }

        /** Time spent serving, without the wait for the turn. */
        double busySeconds() {
            return seconds - lockWaitSeconds;
        }
    }

    private static final Action NOTHING = new Action(0, 0, 0);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI uri;

    EmulatorStats(URI endpoint) {
        this.uri = endpoint.resolve(PATH);
    }

    Map<String, Action> snapshot() {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? parse(response.body()) : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    static Map<String, Action> parse(String json) {
        Map<String, Action> actions = new LinkedHashMap<>();
        JsonNode root = JsonMapper.shared().readTree(json);
        for (String name : root.propertyNames()) {
            JsonNode action = root.path(name);
            actions.put(
                    name,
                    new Action(
                            action.path("requests").asLong(),
                            action.path("seconds").asDouble(),
                            action.path("lockWaitSeconds").asDouble()));
        }
        return actions;
    }

    /** What was served between two snapshots; actions with no request left out. */
    static Map<String, Action> between(Map<String, Action> before, Map<String, Action> after) {
        Map<String, Action> served = new LinkedHashMap<>();
        after.forEach((name, total) -> {
            Action action = total.minus(before.getOrDefault(name, NOTHING));
            if (action.requests() > 0) {
                served.put(name, action);
            }
        });
        return served;
    }
}
