package io.shoponevents.events.schema;

import io.shoponevents.events.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A schema file with every {@code $ref} to another file (such as {@code ../types/Money.json}) replaced by that file's
 * content, so the schema can be read on its own: compared with another version, or embedded in a document. The
 * contract's schemas refer only to whole files and never in a cycle; anything else is refused.
 */
public final class ResolvedSchema {

    private static final String REF = "$ref";

    private final Function<String, JsonNode> reader;

    /** @param reader reads the schema file at a location such as {@code schemas/events/OrderPlaced.json} */
    public ResolvedSchema(Function<String, JsonNode> reader) {
        this.reader = reader;
    }

    /** Reads schema files from the class path of {@code classLoader}, where the contract's schemas are. */
    public static ResolvedSchema onClassPath(ClassLoader classLoader) {
        return new ResolvedSchema(location -> {
            try (InputStream in = classLoader.getResourceAsStream(location)) {
                if (in == null) {
                    throw new IllegalArgumentException("schema " + location + " is not on the class path");
                }
                return EventJson.mapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The schema at {@code location}, self-contained; referenced files lose their {@code $schema} and {@code id}. */
    public ObjectNode resolve(String location) {
        ObjectNode root = read(location);
        Deque<String> files = new ArrayDeque<>();
        files.push(location);
        return (ObjectNode) replaceReferences(root, location, files);
    }

    private JsonNode replaceReferences(JsonNode node, String file, Deque<String> files) {
        if (node instanceof ObjectNode object && object.path(REF).isString()) {
            String target = target(file, object.path(REF).stringValue());
            if (files.contains(target)) {
                throw new IllegalArgumentException(file + " refers back to " + target + ": a cycle");
            }
            ObjectNode referenced = read(target);
            referenced.remove("$schema");
            referenced.remove("id");
            files.push(target);
            JsonNode resolved = replaceReferences(referenced, target, files);
            files.pop();
            return resolved;
        }
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                object.set(name, replaceReferences(object.get(name), file, files));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replaceReferences(array.get(i), file, files));
            }
        }
        return node;
    }

    private static String target(String file, String ref) {
        if (ref.contains("#")) {
            throw new IllegalArgumentException(file + " refers to a part of a document (" + ref + ")");
        }
        return URI.create(file).resolve(ref).normalize().toString();
    }

    private ObjectNode read(String location) {
        if (!(reader.apply(location) instanceof ObjectNode schema)) {
            throw new IllegalArgumentException("schema " + location + " is not a JSON object");
        }
        return schema.deepCopy();
    }
}
