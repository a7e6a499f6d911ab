package io.shoponevents.systemtests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;

/**
 * An HTTP proxy in front of the AWS endpoint that answers the first few requests matching a rule with a server error,
 * as an endpoint that fails for a moment does, and passes everything else on. With as many refusals as the SDK makes
 * attempts, the call that sent the first matching request fails: a publish right after a commit fails as a crash
 * between the two would leave it, and what comes after (the outbox relay) finds the endpoint well again.
 *
 * <p>For emulators only: it forwards requests to another host than they were signed for, which AWS would refuse.
 */
final class RefusingProxy implements AutoCloseable {

    /** The SDK's default attempts per call (one try and three retries). */
    static final int SDK_ATTEMPTS = 4;

    private static final Set<String> NOT_FORWARDED =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding");

    private final HttpServer server;
    private final URI target;
    private final BiPredicate<String, String> refuse;
    private final AtomicInteger refusalsLeft;
    private final AtomicInteger refused = new AtomicInteger();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "refusing-proxy");
        thread.setDaemon(true);
        return thread;
    });

    private RefusingProxy(HttpServer server, URI target, BiPredicate<String, String> refuse, int refusals) {
        this.server = server;
        this.target = target;
        this.refuse = refuse;
        this.refusalsLeft = new AtomicInteger(refusals);
    }

    /**
     * @param refuse takes the request's {@code X-Amz-Target} header (empty if none) and its body
     */
    static RefusingProxy to(URI target, BiPredicate<String, String> refuse, int refusals) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            RefusingProxy proxy = new RefusingProxy(server, target, refuse, refusals);
            server.setExecutor(proxy.threads);
            server.createContext("/", proxy::handle);
            server.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** How many requests it has refused so far. */
    int refused() {
        return refused.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String amzTarget = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if (refuse.test(amzTarget == null ? "" : amzTarget, new String(body, StandardCharsets.UTF_8))
                    && refusalsLeft.getAndDecrement() > 0) {
                refused.incrementAndGet();
                answer(exchange, 500, "{\"__type\":\"InternalException\",\"message\":\"refused by the test's proxy\"}");
                return;
            }
            forward(exchange, body);
        }
    }

    private void forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI()))
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        response.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] answer = response.body();
        exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
