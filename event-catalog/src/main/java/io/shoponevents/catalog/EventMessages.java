package io.shoponevents.catalog;

import io.shoponevents.events.EventJson;
import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvents;
import io.shoponevents.events.schema.ResolvedSchema;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AsyncAPI message of one event in one schema version: the whole envelope as a queue delivers it, with
 * {@code detail-type}, {@code source} and {@code detail.metadata.schemaVersion} fixed and {@code detail.data} described
 * by the event's own schema, all in the contract's JSON Schema dialect (draft-04).
 */
final class EventMessages {

    static final String SCHEMA_FORMAT = "application/schema+json;version=draft-04";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ResolvedSchema schemas = ResolvedSchema.onClassPath(EventType.class.getClassLoader());

    /** The key of the message in the document: the detail-type, with {@code .v<n>} for a later schema version. */
    static String key(EventType type, int schemaVersion) {
        return type.detailType() + (schemaVersion == 1 ? "" : ".v" + schemaVersion);
    }

    ObjectNode message(EventType type, int schemaVersion, String route) {
        ObjectNode data = schemas.resolve(type.schemaPath(schemaVersion));
        data.remove("$schema");
        data.remove("id");
        ObjectNode message = NODES.objectNode();
        message.put("name", type.detailType());
        message.put("title", type.detailType() + " (schema version " + schemaVersion + ")");
        message.put("summary", data.path("description").asString());
        message.put("contentType", "application/json");
        message.put("description", description(type, schemaVersion, route));
        ObjectNode payload = message.putObject("payload");
        payload.put("schemaFormat", SCHEMA_FORMAT);
        payload.set("schema", envelope(type, schemaVersion, data));
        ObjectNode example = message.putArray("examples").addObject();
        example.put("name", key(type, schemaVersion));
        example.set("payload", EventJson.mapper().readTree(ExampleEvents.valid(type, schemaVersion)));
        message.put("x-producer", type.producer().id() + "-service");
        message.set(
                "x-consumers",
                NODES.arrayNode()
                        .addAll(type.consumers().stream()
                                .map(consumer -> NODES.stringNode(consumer.id() + "-service"))
                                .toList()));
        message.put("x-schema", type.schemaPath(schemaVersion));
        return message;
    }

    private ObjectNode envelope(EventType type, int schemaVersion, ObjectNode data) {
        ObjectNode envelope = schemas.resolve("schemas/envelope.json");
        envelope.remove("id");
        ObjectNode properties = (ObjectNode) envelope.get("properties");
        ((ObjectNode) properties.get("detail-type"))
                .set("enum", NODES.arrayNode().add(type.detailType()));
        ((ObjectNode) properties.get("source")).set("enum", NODES.arrayNode().add(type.source()));
        ObjectNode detail = (ObjectNode) properties.get("detail").get("properties");
        ((ObjectNode) detail.get("metadata").get("properties").get("schemaVersion"))
                .set("enum", NODES.arrayNode().add(schemaVersion));
        detail.set("data", data);
        return envelope;
    }

    private static String description(EventType type, int schemaVersion, String route) {
        String consumers = type.consumers().isEmpty()
                ? "no service (kept in the archive only)"
                : String.join(
                        ", ",
                        type.consumers().stream()
                                .map(consumer -> consumer.id() + "-service")
                                .toList());
        String versions = type.schemaVersions().size() == 1
                ? ""
                : " Carried in schema versions " + type.schemaVersions() + " side by side; consumers read each"
                        + " version they handle, see docs/events.md.";
        return "Produced by " + type.producer().id() + "-service (source `" + type.source() + "`), routed by " + route
                + " to " + consumers + ". `detail.data` follows `" + type.schemaPath(schemaVersion) + "`." + versions;
    }
}
