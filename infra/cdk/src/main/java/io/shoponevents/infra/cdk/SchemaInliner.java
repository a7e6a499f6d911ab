package io.shoponevents.infra.cdk;

import io.shoponevents.events.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a JSON Schema on the class path self-contained, as the EventBridge Schema Registry needs it: every {@code $ref}
 * to another file (such as {@code ../types/Money.json}) becomes a reference into the document's own {@code definitions},
 * which receive a copy of the referenced schema. Files referenced from referenced files are brought in the same way.
 */
final class SchemaInliner {

    private static final String REF = "$ref";
    private static final String DEFINITIONS = "definitions";

    private final JsonMapper mapper = EventJson.mapper();
    private final ClassLoader classLoader;

    SchemaInliner(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The schema at {@code resource} (a class path location) with its external references inlined, as JSON. */
    String inline(String resource) {
        ObjectNode root = read(resource);
        Inlining inlining = new Inlining(resource);
        inlining.rewrite(root, resource, true);
        if (!inlining.definitions.isEmpty()) {
            ObjectNode definitions = root.withObjectProperty(DEFINITIONS);
            inlining.definitions.forEach((name, schema) -> {
                if (definitions.has(name)) {
                    throw new IllegalArgumentException(resource + " already defines '" + name + "'");
                }
                definitions.set(name, schema);
            });
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** The state of one inlining: which files became which definitions. */
    private final class Inlining {

        private final Map<String, String> namesByFile = new HashMap<>();
        private final Map<String, ObjectNode> definitions = new TreeMap<>();

        private Inlining(String root) {
            namesByFile.put(root, null);
        }

        private void rewrite(JsonNode node, String file, boolean isRoot) {
            if (node instanceof ObjectNode object && object.path(REF).isString()) {
                String ref = object.path(REF).stringValue();
                if (ref.startsWith("#")) {
                    if (!isRoot) {
                        throw new IllegalArgumentException(
                                file + " refers into itself (" + ref + "); only the root schema may do that");
                    }
                } else {
                    String definition = definitionOf(file, ref);
                    object.put(REF, definition == null ? "#" : "#/" + DEFINITIONS + "/" + definition);
                }
            }
            node.values().forEach(child -> rewrite(child, file, isRoot));
        }

        /** The name of the definition that holds the file {@code ref} refers to; null for the root itself. */
        private String definitionOf(String file, String ref) {
            if (ref.contains("#")) {
                throw new IllegalArgumentException(file + " refers to a part of another file (" + ref + ")");
            }
            String target = URI.create(file).resolve(ref).normalize().toString();
            if (namesByFile.containsKey(target)) {
                return namesByFile.get(target);
            }
            String name = target.substring(target.lastIndexOf('/') + 1).replaceFirst("\\.json$", "");
            if (definitions.containsKey(name)) {
                throw new IllegalArgumentException("two referenced files would both be named '" + name + "'");
            }
            ObjectNode schema = read(target);
            schema.remove("$schema");
            schema.remove("id");
            namesByFile.put(target, name);
            definitions.put(name, schema);
            rewrite(schema, target, false);
            return name;
        }
    }

    private ObjectNode read(String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("schema " + resource + " is not on the class path");
            }
            return (ObjectNode) mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
