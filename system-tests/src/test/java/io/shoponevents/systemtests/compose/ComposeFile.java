package io.shoponevents.systemtests.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A Compose file of the repository, read as YAML (anchors resolved) into a JSON tree. */
final class ComposeFile {

    private ComposeFile() {}

    static JsonNode read(String name) {
        try {
            Map<String, Object> document =
                    new Yaml().load(Files.readString(repositoryRoot().resolve(name)));
            return JsonMapper.shared().valueToTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path repositoryRoot() {
        String root = System.getProperty("shop.test.project-root");
        return root == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(root);
    }
}
