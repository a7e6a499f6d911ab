package io.shoponevents.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The example events of the contract, as EventBridge delivers them to a queue. Every consumer's tests read these
 * instead of writing their own.
 */
public final class ExampleEvents {

    /** Documents that break the contract, each in one way, with the field a validator must name. */
    public enum Invalid {
        MISSING_REQUIRED_FIELD("missing-required-field", "detail.data.orderId"),
        WRONG_TYPE("wrong-type", "detail.data.items[0].quantity"),
        UNKNOWN_DETAIL_TYPE("unknown-detail-type", "detail-type"),
        NEGATIVE_QUANTITY("negative-quantity", "detail.data.items[1].quantity"),
        MISSING_EVENT_ID("missing-event-id", "detail.metadata.eventId"),
        MALFORMED_JSON("malformed-json", "$");

        private final String fileName;
        private final String offendingField;

        Invalid(String fileName, String offendingField) {
            this.fileName = fileName;
            this.offendingField = offendingField;
        }

        public String json() {
            return read("examples/invalid/" + fileName + ".json");
        }

        public String offendingField() {
            return offendingField;
        }
    }

    private ExampleEvents() {}

    /** A valid envelope of {@code type}, with the top-level fields EventBridge adds. */
    public static String valid(EventType type) {
        return valid(type, EventType.SCHEMA_VERSION);
    }

    /** A valid envelope of {@code type} in schema version {@code schemaVersion}; version n is in {@code v<n>/}. */
    public static String valid(EventType type, int schemaVersion) {
        type.dataType(schemaVersion);
        return read("examples/valid/" + (schemaVersion == 1 ? "" : "v" + schemaVersion + "/") + type.detailType()
                + ".json");
    }

    private static String read(String resource) {
        try (InputStream in = ExampleEvents.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("example " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
