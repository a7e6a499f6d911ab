package io.shoponevents.systemtests.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Validates the Compose files against the Compose Specification's JSON Schema, the one compose-go (the loader of
 * {@code docker compose}) embeds. The schema comes from that module's release in the Go module proxy, checked against
 * its SHA-256, and is cached in target/.
 */
class ComposeSpecIntegrationTests {

    private static final String MODULE = "github.com/compose-spec/compose-go/v2";
    private static final String VERSION = "v2.16.2";
    private static final String ZIP_SHA_256 = "75410c9723430b920592093014fc53641f6207e01b52c016c848ba62bf2da805";
    private static final String SCHEMA_ENTRY = MODULE + "@" + VERSION + "/schema/compose-spec.json";

    private static Schema composeSpec;

    @BeforeAll
    static void loadSchema() throws Exception {
        byte[] zip = moduleZip();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals(SCHEMA_ENTRY)) {
                    composeSpec = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                            .getSchema(
                                    // The schema's $id is relative; give it the address it is retrieved from.
                                    SchemaLocation.of("https://proxy.golang.org/" + SCHEMA_ENTRY),
                                    new String(entries.readAllBytes(), StandardCharsets.UTF_8),
                                    InputFormat.JSON);
                    return;
                }
            }
        }
        throw new IllegalStateException(SCHEMA_ENTRY + " is not in the module zip");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker-compose.yml", "docker-compose.moto.yml"})
    void followsTheComposeSpecification(String file) {
        List<Error> errors = composeSpec.validate(ComposeFile.read(file));

        assertThat(errors).extracting(Error::toString).isEmpty();
    }

    private static byte[] moduleZip() throws Exception {
        Path cached = Path.of("target", "compose-go-" + VERSION + ".zip");
        if (!Files.isRegularFile(cached) || !sha256(Files.readAllBytes(cached)).equals(ZIP_SHA_256)) {
            HttpResponse<InputStream> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            "https://proxy.golang.org/" + MODULE + "/@v/" + VERSION + ".zip"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] zip = body.readAllBytes();
                if (response.statusCode() != 200 || !sha256(zip).equals(ZIP_SHA_256)) {
                    throw new IOException("could not fetch " + MODULE + "@" + VERSION + " from the Go module proxy ("
                            + response.statusCode() + ")");
                }
                Files.createDirectories(cached.getParent());
                Files.write(cached, zip);
            }
        }
        return Files.readAllBytes(cached);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
