package io.shoponevents.notification;

import io.shoponevents.testsupport.AwsEndpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emails moto server accepted through SES, read from its internal API ({@code /moto-api/data.json}, which lists
 * the SES backend's sent messages). Only moto has it; on other endpoints the tests check the records alone.
 */
public final class MotoMailbox {

    public record SentEmail(String messageId, String source, List<String> to, String subject, String body) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI dataUri;

    private MotoMailbox(URI endpoint) {
        this.dataUri = endpoint.resolve("/moto-api/data.json");
    }

    public static boolean availableAt(AwsEndpoint endpoint) {
        return endpoint.description().startsWith("moto");
    }

    public static MotoMailbox at(AwsEndpoint endpoint) {
        return new MotoMailbox(endpoint.uri());
    }

    public List<SentEmail> sent() {
        return JSON.readTree(fetch())
                .path("ses")
                .path("Message")
                .valueStream()
                .map(MotoMailbox::toEmail)
                .toList();
    }

    private static SentEmail toEmail(JsonNode message) {
        return new SentEmail(
                message.path("id").asString(),
                message.path("source").asString(),
                message.path("destinations")
                        .path("ToAddresses")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList(),
                message.path("subject").asString(),
                message.path("body").asString());
    }

    private String fetch() {
        try {
            return HTTP.send(HttpRequest.newBuilder(dataUri).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + dataUri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading " + dataUri, e);
        }
    }
}
