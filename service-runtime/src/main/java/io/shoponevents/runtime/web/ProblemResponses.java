package io.shoponevents.runtime.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes each service's OpenAPI document say what the service does, once for all four. Every operation lists the
 * errors any request can meet (400, 503; with a body also 413 and 415; a change also 409), each with the problem-detail
 * schema the service really sends; a 201 carries its {@code Location}. A request body's schema admits no properties
 * beyond its own, as {@link StrictJson} enforces; {@link ConstraintSchemas} adds what springdoc leaves out of a
 * property's schema.
 * Operations state the rest themselves: 404 where a path names something that is looked up ({@link
 * NotFoundResponse}).
 */
class ProblemResponses implements OperationCustomizer, OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    private static final String SCHEMAS_REF = "#/components/schemas/";

    private final DataSize maxRequestBody;

    ProblemResponses(DataSize maxRequestBody) {
        this.maxRequestBody = maxRequestBody;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses();
        responses.putIfAbsent(
                "400",
                describe("Invalid request: the parameters or body fields at fault are named"
                        + " in `errors`; or a request Tomcat cannot read (malformed or too long)"));
        if (operation.getRequestBody() != null) {
            responses.putIfAbsent(
                    "413",
                    describe(
                            "The request body is larger than " + maxRequestBody.toKilobytes() + " KB; it is not read"));
            responses.putIfAbsent("415", describe("The body is not sent as application/json"));
        }
        NotFoundResponse notFound = handler.getMethodAnnotation(NotFoundResponse.class);
        if (notFound != null) {
            responses.putIfAbsent("404", describe(notFound.value()));
        }
        if (!readsOnly(handler)) {
            responses.putIfAbsent(
                    "409",
                    describe("Not allowed in the resource's current state, or it changed"
                            + " concurrently (try again); the detail says which"));
        }
        responses.putIfAbsent(
                "503",
                describe("The AWS endpoint is slow or unreachable: try again after Retry-After"
                                + " seconds. A change may have been applied meanwhile; read before repeating it")
                        .addHeaderObject(
                                HttpHeaders.RETRY_AFTER,
                                new Header()
                                        .description("Seconds to wait before trying again")
                                        .schema(new IntegerSchema())));
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(problemContent());
            } else if (status.equals("201")) {
                response.addHeaderObject(
                        HttpHeaders.LOCATION,
                        new Header()
                                .description("Where the created resource can be read")
                                .required(true)
                                .schema(new StringSchema().format("uri-reference")));
            }
        });
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Deque<String> toClose = new ArrayDeque<>(requestBodySchemas(openApi));
        Set<String> closed = new HashSet<>();
        while (!toClose.isEmpty()) {
            String name = toClose.pop();
            Schema<?> schema = schemas.get(name);
            if (closed.add(name) && schema != null && schema.getProperties() != null) {
                schema.setAdditionalProperties(false);
                schema.getProperties()
                        .values()
                        .forEach(property -> referencedNames(property).forEach(toClose::push));
            }
        }
    }

    private static boolean readsOnly(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && List.of(mapping.method()).equals(List.of(RequestMethod.GET));
    }

    private static ApiResponse describe(String description) {
        return new ApiResponse().description(description);
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)));
    }

    /** RFC 9457 problem details as the services write them, with the fields at fault in {@code errors}. */
    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The parameter or body field, e.g. items[0].sku"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("An RFC 9457 problem detail")
                .addProperty("type", new StringSchema().format("uri-reference"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(fieldError))
                .required(List.of("title", "status"));
    }

    private static Set<String> requestBodySchemas(OpenAPI openApi) {
        Set<String> names = new HashSet<>();
        if (openApi.getPaths() == null) {
            return names;
        }
        openApi.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .map(Operation::getRequestBody)
                .filter(Objects::nonNull)
                .filter(body -> body.getContent() != null)
                .flatMap(body -> body.getContent().values().stream())
                .map(MediaType::getSchema)
                .filter(Objects::nonNull)
                .forEach(schema -> names.addAll(referencedNames(schema)));
        return names;
    }

    private static Set<String> referencedNames(Schema<?> schema) {
        Set<String> names = new HashSet<>();
        if (schema.get$ref() != null && schema.get$ref().startsWith(SCHEMAS_REF)) {
            names.add(schema.get$ref().substring(SCHEMAS_REF.length()));
        }
        if (schema.getItems() != null) {
            names.addAll(referencedNames(schema.getItems()));
        }
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(part -> names.addAll(referencedNames(part)));
        }
        return names;
    }
}
