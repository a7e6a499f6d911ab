package io.shoponevents.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shop's REST API as a shopper and an auditor use it. Checkouts are asynchronous, so arrivals never wait. */
final class ShopApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper json = JsonMapper.shared();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ShopUrls urls;

    ShopApi(ShopUrls urls) {
        this.urls = urls;
    }

    void putStock(String sku, int available) {
        send(json(request(urls.inventory(), "/api/stock/" + sku)).PUT(body(Map.of("available", available))), 200);
    }

    boolean ready(URI service) {
        try {
            return http.send(
                                    request(service, "/actuator/health/readiness")
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A shopper's visit: a cart, one line of {@code sku}, the checkout. Completes with the new order's id. */
    CompletableFuture<String> checkout(String customerId, String sku) {
        return sendAsync(json(request(urls.order(), "/api/carts")).POST(body(Map.of("customerId", customerId))), 201)
                .thenCompose(cart -> {
                    String cartId = cart.path("cartId").asString();
                    Map<String, Object> line =
                            Map.of("sku", sku, "quantity", 1, "unitPrice", Map.of("amount", 9.99, "currency", "EUR"));
                    return sendAsync(
                                    json(request(urls.order(), "/api/carts/" + cartId + "/items"))
                                            .POST(body(line)),
                                    200,
                                    201)
                            .thenCompose(ignored -> sendAsync(
                                    json(request(urls.order(), "/api/carts/" + cartId + "/checkout"))
                                            .POST(body(Map.of(
                                                    "email",
                                                    customerId + "@example.com",
                                                    "shippingAddress",
                                                    Map.of(
                                                            "name", "Bench Shopper",
                                                            "line1", "1 Load Street",
                                                            "city", "London",
                                                            "postalCode", "N1 9GU",
                                                            "country", "GB")))),
                                    201));
                })
                .thenApply(order -> order.path("orderId").asString());
    }

    /** The order with its history; empty when the shop does not know it. */
    Optional<OrderObservation> order(String orderId) {
        HttpResponse<String> response =
                sendRaw(request(urls.order(), "/api/orders/" + orderId).GET());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        JsonNode order = parse(response, 200);
        Instant placed = null;
        Instant confirmed = null;
        for (JsonNode change : order.path("history")) {
            String status = change.path("status").asString();
            Instant at = Instant.parse(change.path("at").asString());
            if ("PENDING".equals(status) && placed == null) {
                placed = at;
            } else if (OrderObservation.CONFIRMED.equals(status) && confirmed == null) {
                confirmed = at;
            }
        }
        return Optional.of(new OrderObservation(
                orderId, order.path("status").asString(), placed, confirmed, List.of(), List.of()));
    }

    List<Instant> shipmentsCreatedAt(String orderId) {
        List<Instant> created = new ArrayList<>();
        for (JsonNode shipment : send(
                request(urls.shipping(), "/api/shipments?orderId=" + orderId).GET(), 200)) {
            created.add(Instant.parse(shipment.path("createdAt").asString()));
        }
        return created;
    }

    List<Instant> confirmationEmailsSentAt(String orderId) {
        List<Instant> sent = new ArrayList<>();
        for (JsonNode email : send(
                request(urls.notification(), "/api/notifications?orderId=" + orderId)
                        .GET(),
                200)) {
            if ("OrderConfirmed".equals(email.path("eventType").asString())) {
                sent.add(Instant.parse(email.path("sentAt").asString()));
            }
        }
        return sent;
    }

    private CompletableFuture<JsonNode> sendAsync(HttpRequest.Builder request, int... expected) {
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> parse(response, expected));
    }

    private JsonNode send(HttpRequest.Builder request, int... expected) {
        return parse(sendRaw(request), expected);
    }

    private HttpResponse<String> sendRaw(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(HttpResponse<String> response, int... expected) {
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body().isBlank() ? json.getNodeFactory().nullNode() : json.readTree(response.body());
            }
        }
        throw new CompletionException(new IllegalStateException(
                response.request().method() + " " + response.uri().getPath() + " answered " + response.statusCode()
                        + ": " + abbreviate(response.body())));
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private static HttpRequest.Builder request(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Accept", "application/json");
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request) {
        return request.header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher body(Object value) {
        return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(value));
    }
}
