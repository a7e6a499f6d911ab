package io.shoponevents.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.runtime.autoconfigure.ShopRuntimeAutoConfiguration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared REST edge on a real Tomcat, with a small controller shaped like the services' own: whatever a client
 * sends, it gets a 4xx problem detail naming the field where there is one, and the OpenAPI document lists it.
 */
@SpringBootTest(
        classes = ShopWebAutoConfigurationTests.Edge.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "shop.service=order",
            "spring.cloud.aws.region.static=us-east-1",
            "spring.cloud.aws.credentials.access-key=test",
            "spring.cloud.aws.credentials.secret-key=test",
            "management.endpoint.health.validate-group-membership=false"
        })
class ShopWebAutoConfigurationTests {

    private static final String VALID = """
            {"quantity": 2, "price": {"amount": 12.5, "currency": "EUR"}}""";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void acceptsAValidBody() throws Exception {
        HttpResponse<String> response = post("/api/items/MUG-BLUE", "application/json", BodyPublishers.ofString(VALID));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).path("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void readsAWholeNumberWrittenWithADecimalPointAsTheInteger() throws Exception {
        HttpResponse<String> response = post(
                "/api/items/MUG-BLUE",
                "application/json",
                BodyPublishers.ofString(VALID.replace("\"quantity\": 2", "\"quantity\": 3.0")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).path("quantity").asInt()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a quantity sent as a string  | {"quantity": "2", "price": {"amount": 1, "currency": "EUR"}}          | quantity       | wrong type
            a quantity above int range   | {"quantity": 2147483648, "price": {"amount": 1, "currency": "EUR"}}   | quantity       | out of range
            a quantity of 1e30           | {"quantity": 1e30, "price": {"amount": 1, "currency": "EUR"}}         | quantity       | out of range
            a fractional quantity        | {"quantity": 2.5, "price": {"amount": 1, "currency": "EUR"}}          | quantity       | wrong type
            a currency sent as a number  | {"quantity": 2, "price": {"amount": 1, "currency": 978}}              | price.currency | wrong type
            an amount sent as a string   | {"quantity": 2, "price": {"amount": "1", "currency": "EUR"}}          | price.amount   | wrong type
            a duplicate key              | {"quantity": 2, "price": {"amount": 1, "currency": "EUR", "currency": "USD"}} | price.currency | more than once
            an unknown field             | {"quantity": 2, "colour": "blue", "price": {"amount": 1, "currency": "EUR"}}  | colour         | not a field
            a currency that is not ISO   | {"quantity": 2, "price": {"amount": 1, "currency": "ZZZ"}}            | price.currency | ISO 4217
            a quantity out of its bounds | {"quantity": 1001, "price": {"amount": 1, "currency": "EUR"}}         | quantity       | less than or equal
            """)
    void refusesABadFieldNamingIt(String what, String body, String field, String message) throws Exception {
        HttpResponse<String> response = post("/api/items/MUG-BLUE", "application/json", BodyPublishers.ofString(body));

        JsonNode problem = problemOf(response, 400);
        assertThat(problem.path("errors").findValuesAsString("field")).containsExactly(field);
        assertThat(problem.path("errors").get(0).path("message").asString()).contains(message);
    }

    @Test
    void refusesABodyThatIsNotJsonWithoutAField() throws Exception {
        HttpResponse<String> response =
                post("/api/items/MUG-BLUE", "application/json", BodyPublishers.ofString("{\"quantity\": "));

        assertThat(problemOf(response, 400).path("detail").asString()).contains("not valid JSON");
    }

    @Test
    void refusesAMultipartBodyWithoutBoundaryAsUnsupported() throws Exception {
        HttpResponse<String> response =
                post("/api/items/MUG-BLUE", "multipart/form-data", BodyPublishers.ofString("--x\r\n\r\n--x--"));

        problemOf(response, 415);
    }

    @Test
    void refusesAnotherMediaTypeAsUnsupported() throws Exception {
        HttpResponse<String> response = post("/api/items/MUG-BLUE", "text/plain", BodyPublishers.ofString(VALID));

        problemOf(response, 415);
    }

    @Test
    void refusesABodyOverTheLimitBeforeReadingIt() throws Exception {
        HttpResponse<String> response = post(
                "/api/items/MUG-BLUE",
                "application/json",
                BodyPublishers.ofString(VALID.replace("}}", "}, \"note\": \"" + "x".repeat(20_000) + "\"}")));

        JsonNode problem = problemOf(response, 413);
        assertThat(problem.path("detail").asString()).contains("16 KB");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/items/MUG-BLUE");
    }

    @Test
    void refusesAChunkedBodyOnceItPassesTheLimit() throws Exception {
        byte[] large = ("{\"quantity\": 2, \"note\": \"" + "x".repeat(20_000) + "\"}").getBytes();
        BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large));

        HttpResponse<String> response = post("/api/items/MUG-BLUE", "application/json", chunked);

        assertThat(problemOf(response, 413).path("detail").asString()).contains("16 KB");
    }

    @Test
    void namesAPathVariableThatBreaksItsPattern() throws Exception {
        HttpResponse<String> response =
                post("/api/items/" + "A".repeat(65), "application/json", BodyPublishers.ofString(VALID));

        assertThat(problemOf(response, 400).path("errors").findValuesAsString("field"))
                .containsExactly("sku");
    }

    @Test
    void answersAPathTooLongForTomcatWithAProblem() throws Exception {
        HttpResponse<String> response =
                post("/api/items/" + "A".repeat(20_000), "application/json", BodyPublishers.ofString(VALID));

        problemOf(response, 400);
    }

    @Test
    void answersAPathThatIsNotUtf8WithAProblem() throws Exception {
        HttpResponse<String> response =
                post("/api/items/MUG%FF%FE", "application/json", BodyPublishers.ofString(VALID));

        problemOf(response, 400);
    }

    @Test
    void answersAnUnknownPathWithAProblem() throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(uri("/nowhere")).GET().build(), BodyHandlers.ofString());

        problemOf(response, 404);
    }

    @Test
    void documentsEveryErrorAnOperationCanReturnWithTheProblemSchema() throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build(), BodyHandlers.ofString());
        JsonNode document = json.readTree(response.body());

        JsonNode responses = document.at("/paths/~1api~1items~1{sku}/post/responses");
        assertThat(responses.propertyNames()).contains("200", "400", "409", "413", "415", "503");
        for (String status : new String[] {"400", "409", "413", "415", "503"}) {
            assertThat(responses
                            .at("/" + status + "/content/application~1problem+json/schema/$ref")
                            .asString())
                    .isEqualTo("#/components/schemas/Problem");
        }
        assertThat(responses.at("/503/headers/Retry-After").isMissingNode()).isFalse();
        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.at("/Item/additionalProperties").asBoolean(true)).isFalse();
        assertThat(schemas.at("/Price/additionalProperties").asBoolean(true)).isFalse();
        assertThat(schemas.at("/Price/properties/currency/enum").valueStream().map(JsonNode::asString))
                .contains("EUR", "USD", "JPY")
                .doesNotContain("ZZZ");
        assertThat(schemas.at("/Problem/properties/errors").isMissingNode()).isFalse();
    }

    private HttpResponse<String> post(String path, String contentType, BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(body)
                .build();
        return http.send(request, BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private JsonNode problemOf(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }

    record Price(
            @NotNull java.math.BigDecimal amount,
            @NotNull @CurrencyCode String currency) {}

    record Item(
            @NotNull @Min(1) @Max(1000) Integer quantity,
            @NotNull @Valid Price price) {}

    @RestController
    static class Items {

        @PostMapping("/api/items/{sku}")
        Item add(
                @PathVariable("sku") @Pattern(regexp = "^[A-Za-z0-9_-]{1,64}$") String sku,
                @Valid @RequestBody Item item) {
            return item;
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration(exclude = ShopRuntimeAutoConfiguration.class)
    static class Edge {

        @org.springframework.context.annotation.Bean
        Items items() {
            return new Items();
        }

        @org.springframework.context.annotation.Bean
        ProblemDetailsAdvice problemDetailsAdvice() {
            return new ProblemDetailsAdvice();
        }
    }
}
