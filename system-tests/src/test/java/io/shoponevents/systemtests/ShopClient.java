package io.shoponevents.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A service's REST API as a test sees it: JSON in, status and JSON out. */
final class ShopClient {

    record Response(int status, JsonNode body) {}

    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper json = JsonMapper.shared();

    private final URI baseUri;

    ShopClient(URI baseUri) {
        this.baseUri = baseUri;
    }

    URI baseUri() {
        return baseUri;
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(baseUri.resolve(path)).GET());
    }

    Response post(String path, Object body) {
        return send(HttpRequest.newBuilder(baseUri.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    Response put(String path, Object body) {
        return send(HttpRequest.newBuilder(baseUri.resolve(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    Response delete(String path) {
        return send(HttpRequest.newBuilder(baseUri.resolve(path)).DELETE());
    }

    /** The body of a 2xx answer; anything else fails the test with the problem detail. */
    JsonNode ok(Response response) {
        if (response.status() / 100 != 2) {
            throw new AssertionError("expected success, got " + response.status() + ": " + response.body());
        }
        return response.body();
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(
                    response.statusCode(),
                    body.isBlank() ? json.getNodeFactory().nullNode() : json.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
