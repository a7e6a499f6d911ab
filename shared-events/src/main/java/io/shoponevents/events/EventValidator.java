package io.shoponevents.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks documents against the contract: the envelope against {@code schemas/envelope.json}, and {@code detail.data}
 * against the schema of its {@code detail-type}. Thread-safe; create one and share it.
 */
public final class EventValidator {

    private static final String SCHEMA_ID_PREFIX = "https://schemas.shoponevents.io/";
    private static final String DATA_FIELD = "detail.data";

    private final JsonMapper mapper = EventJson.mapper();
    private final Schema envelopeSchema;
    private final Map<EventType, List<Schema>> dataSchemas = new EnumMap<>(EventType.class);

    public EventValidator() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_4,
                builder -> builder.schemaIdResolvers(
                        resolvers -> resolvers.mapPrefix(SCHEMA_ID_PREFIX, "classpath:schemas/")));
        envelopeSchema = registry.getSchema(SchemaLocation.of(SCHEMA_ID_PREFIX + "envelope.json"));
        for (EventType type : EventType.values()) {
            List<Schema> versions = new ArrayList<>();
            for (int version : type.schemaVersions()) {
                Schema schema = registry.getSchema(SchemaLocation.of(
                        SCHEMA_ID_PREFIX + type.schemaPath(version).substring("schemas/".length())));
                schema.initializeValidators();
                versions.add(schema);
            }
            dataSchemas.put(type, List.copyOf(versions));
        }
        envelopeSchema.initializeValidators();
    }

    /**
     * Validates the fields of an event ({@code detail.data}) against the schema of its detail-type.
     *
     * @return the violations, each naming the field relative to the data document; empty when valid
     */
    public List<Violation> validate(String detailType, String dataJson) {
        Optional<EventType> type = EventType.of(detailType);
        if (type.isEmpty()) {
            return List.of(unknownDetailType(detailType));
        }
        try {
            return validate(type.get(), mapper.readTree(dataJson));
        } catch (JacksonException e) {
            return List.of(malformed(e));
        }
    }

    /** Validates already parsed event fields against the schema of {@code type}, version 1. */
    public List<Violation> validate(EventType type, JsonNode data) {
        return validate(type, EventType.SCHEMA_VERSION, data);
    }

    /** Validates already parsed event fields against version {@code schemaVersion} of the schema of {@code type}. */
    public List<Violation> validate(EventType type, int schemaVersion, JsonNode data) {
        return violations(schema(type, schemaVersion).validate(data), "");
    }

    /**
     * Validates a whole envelope as it arrives on a queue: well-formed JSON, the envelope's shape and metadata, a known
     * detail-type, a schema version that type has, and {@code detail.data} against that version of the type's schema.
     */
    public List<Violation> validateEnvelope(String envelopeJson) {
        JsonNode envelope;
        try {
            envelope = mapper.readTree(envelopeJson);
        } catch (JacksonException e) {
            return List.of(malformed(e));
        }
        List<Violation> violations = violations(envelopeSchema.validate(envelope), "");
        if (!violations.isEmpty()) {
            return violations;
        }
        String detailType = envelope.path("detail-type").asString();
        int schemaVersion =
                envelope.path("detail").path("metadata").path("schemaVersion").asInt();
        return EventType.of(detailType)
                .map(type -> type.hasSchemaVersion(schemaVersion)
                        ? violations(
                                schema(type, schemaVersion)
                                        .validate(envelope.path("detail").path("data")),
                                DATA_FIELD)
                        : List.of(unknownSchemaVersion(type, schemaVersion)))
                .orElseGet(() -> List.of(unknownDetailType(detailType)));
    }

    private Schema schema(EventType type, int schemaVersion) {
        if (!type.hasSchemaVersion(schemaVersion)) {
            throw new IllegalArgumentException(type.detailType() + " has no schema version " + schemaVersion);
        }
        return dataSchemas.get(type).get(schemaVersion - 1);
    }

    private static List<Violation> violations(List<Error> errors, String prefix) {
        List<Violation> violations = new ArrayList<>(errors.size());
        for (Error error : errors) {
            violations.add(new Violation(fieldOf(error, prefix), error.getMessage()));
        }
        return violations;
    }

    /** Names the field an error is about, as {@code prefix.items[0].quantity}, from the validator's node path. */
    private static String fieldOf(Error error, String prefix) {
        StringBuilder field = new StringBuilder(prefix);
        NodePath path = error.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            appendElement(field, path.getElement(i));
        }
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            appendElement(field, error.getProperty());
        }
        return field.isEmpty() ? "$" : field.toString();
    }

    private static void appendElement(StringBuilder field, Object element) {
        if (element instanceof Integer index) {
            field.append('[').append(index).append(']');
        } else {
            field.append(field.isEmpty() ? "" : ".").append(element);
        }
    }

    private static Violation unknownDetailType(String detailType) {
        return new Violation("detail-type", "unknown detail-type '" + detailType + "'; known: " + knownTypes());
    }

    private static Violation unknownSchemaVersion(EventType type, int schemaVersion) {
        return new Violation(
                "detail.metadata.schemaVersion",
                type.detailType() + " has no schema version " + schemaVersion + "; known: " + type.schemaVersions());
    }

    private static Violation malformed(JacksonException e) {
        return new Violation("$", "not valid JSON: " + e.getOriginalMessage());
    }

    private static String knownTypes() {
        return String.join(
                ", ",
                java.util.Arrays.stream(EventType.values())
                        .map(EventType::detailType)
                        .toList());
    }
}
