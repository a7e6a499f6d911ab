package io.shoponevents.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoponevents.events.EventType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compatibility gate: every schema version that was released ({@code src/test/resources/released/}, laid out like
 * {@code schemas/}) must still be carried, and its working schema must not break a consumer of the released one. A
 * version not released yet (a new event, or a new version beside an old one) has nothing to keep compatible with.
 */
class ReleasedSchemasTests {

    private final ResolvedSchema schemas = ResolvedSchema.onClassPath(getClass().getClassLoader());

    @Test
    void workingSchemasBreakNoConsumerOfTheReleasedOnes() {
        List<String> breaking = Stream.of(EventType.values())
                .flatMap(type -> type.schemaVersions().stream()
                        .filter(version -> isReleased(type.schemaPath(version)))
                        .flatMap(version -> SchemaCompatibility.breakingChanges(
                                        schemas.resolve(released(type.schemaPath(version))),
                                        schemas.resolve(type.schemaPath(version)))
                                .stream()
                                .map(change -> type.detailType() + " (schema version " + version + ") " + change)))
                .toList();

        assertThat(breaking)
                .as("Changes that break consumers of released schemas; carry the change as a new schema version"
                        + " instead (docs/events.md)")
                .isEmpty();
    }

    @Test
    void everyReleasedSchemaVersionIsStillCarried() throws IOException, URISyntaxException {
        Path releasedEvents = Path.of(
                getClass().getClassLoader().getResource("released/events").toURI());
        List<String> carried = Stream.of(EventType.values())
                .flatMap(type -> type.schemaVersions().stream().map(type::schemaPath))
                .toList();
        try (Stream<Path> files = Files.walk(releasedEvents)) {
            List<String> released = files.filter(file -> file.toString().endsWith(".json"))
                    .map(file -> "schemas/events/"
                            + releasedEvents.relativize(file).toString().replace('\\', '/'))
                    .toList();

            assertThat(released).isNotEmpty();
            assertThat(carried).containsAll(released);
        }
    }

    private boolean isReleased(String schemaPath) {
        return getClass().getClassLoader().getResource(released(schemaPath)) != null;
    }

    private static String released(String schemaPath) {
        return "released/" + schemaPath.substring("schemas/".length());
    }
}
