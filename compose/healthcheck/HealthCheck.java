import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The health check of the service images, which have neither curl nor wget: exits 0 when the URL answers 200, else 1
 * (an exception, such as a refused connection, also exits 1).
 */
public class HealthCheck {
    public static void main(String[] args) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(args[0]))
                .timeout(Duration.ofSeconds(3))
                .build();
        int status = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
        System.exit(status == 200 ? 0 : 1);
    }
}
