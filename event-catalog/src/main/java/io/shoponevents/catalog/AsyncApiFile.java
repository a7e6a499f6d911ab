package io.shoponevents.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes the AsyncAPI document as YAML: {@code java io.shoponevents.catalog.AsyncApiFile docs/asyncapi.yaml <version>}.
 * The build checks that the committed document is the one the contract yields.
 */
public final class AsyncApiFile {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .build();

    private AsyncApiFile() {}

    /** The document for the contract on the class path, as YAML. */
    public static String render(String version) {
        return "# Generated from shared-events by the build (event-catalog); do not edit.\n"
                + YAML.writeValueAsString(new AsyncApiDocument().build(version));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: AsyncApiFile <asyncapi.yaml> <version>");
        }
        Files.writeString(Path.of(args[0]), render(args[1]), StandardCharsets.UTF_8);
    }
}
