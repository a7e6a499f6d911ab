package io.shoponevents.events.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares a released schema with its working copy and names every change that breaks a consumer, for self-contained
 * draft-04 schemas (see {@link ResolvedSchema}). Producers and consumers are deployed apart, so a change must keep
 * events of either version readable by the other: a removed or renamed field, a field newly required or no longer
 * required, a narrowed type or enum, and a tightened constraint all break. A new optional field, a widened enum and a
 * loosened constraint do not.
 */
public final class SchemaCompatibility {

    private static final List<String> LOWER_BOUNDS = List.of("minimum", "minLength", "minItems");
    private static final List<String> UPPER_BOUNDS = List.of("maximum", "maxLength", "maxItems");
    private static final List<String> EXACT_CONSTRAINTS = List.of("pattern", "format");

    private SchemaCompatibility() {}

    /** The changes from {@code released} to {@code working} that break a consumer; empty when compatible. */
    public static List<BreakingChange> breakingChanges(JsonNode released, JsonNode working) {
        List<BreakingChange> changes = new ArrayList<>();
        compare(released, working, "", changes);
        return changes;
    }

    private static void compare(JsonNode released, JsonNode working, String path, List<BreakingChange> changes) {
        Set<String> releasedTypes = types(released);
        Set<String> workingTypes = types(working);
        if (!releasedTypes.isEmpty() && !covers(workingTypes, releasedTypes)) {
            changes.add(change(path, "type narrowed from " + releasedTypes + " to " + workingTypes));
        } else if (releasedTypes.isEmpty() && !workingTypes.isEmpty()) {
            changes.add(change(path, "type restricted to " + workingTypes));
        }
        compareEnums(released, working, path, changes);
        compareConstraints(released, working, path, changes);
        compareProperties(released, working, path, changes);
        if (released.has("items") && working.has("items")) {
            compare(released.get("items"), working.get("items"), path + "[]", changes);
        } else if (working.has("items")) {
            changes.add(change(path, "items restricted"));
        }
    }

    private static void compareProperties(
            JsonNode released, JsonNode working, String path, List<BreakingChange> changes) {
        JsonNode releasedProperties = released.path("properties");
        JsonNode workingProperties = working.path("properties");
        for (String name : releasedProperties.propertyNames()) {
            String field = child(path, name);
            if (workingProperties.has(name)) {
                compare(releasedProperties.get(name), workingProperties.get(name), field, changes);
            } else {
                changes.add(change(field, "removed or renamed"));
            }
        }
        Set<String> releasedRequired = strings(released.path("required"));
        Set<String> workingRequired = strings(working.path("required"));
        for (String name : workingRequired) {
            if (!releasedRequired.contains(name)) {
                changes.add(change(child(path, name), "newly required"));
            }
        }
        for (String name : releasedRequired) {
            if (!workingRequired.contains(name) && workingProperties.has(name)) {
                changes.add(change(child(path, name), "no longer required"));
            }
        }
        if (released.path("additionalProperties").isBoolean()
                && !released.path("additionalProperties").asBoolean()) {
            for (String name : workingProperties.propertyNames()) {
                if (!releasedProperties.has(name)) {
                    changes.add(change(
                            path.isEmpty() ? name : path + "." + name,
                            "added where additional properties are refused"));
                }
            }
        }
    }

    private static void compareEnums(JsonNode released, JsonNode working, String path, List<BreakingChange> changes) {
        if (!working.has("enum")) {
            return;
        }
        Set<String> workingValues = strings(working.get("enum"));
        if (!released.has("enum")) {
            changes.add(change(path, "restricted to the values " + workingValues));
            return;
        }
        Set<String> dropped = strings(released.get("enum"));
        dropped.removeAll(workingValues);
        if (!dropped.isEmpty()) {
            changes.add(change(path, "enum narrowed: " + dropped + " no longer allowed"));
        }
    }

    private static void compareConstraints(
            JsonNode released, JsonNode working, String path, List<BreakingChange> changes) {
        for (String keyword : LOWER_BOUNDS) {
            if (tightens(keyword, released, working, 1)) {
                changes.add(change(path, tightened(keyword, released, working)));
            }
        }
        for (String keyword : UPPER_BOUNDS) {
            if (tightens(keyword, released, working, -1)) {
                changes.add(change(path, tightened(keyword, released, working)));
            }
        }
        for (String keyword : EXACT_CONSTRAINTS) {
            if (working.has(keyword) && !working.get(keyword).equals(released.get(keyword))) {
                changes.add(change(
                        path, keyword + " changed from " + bound(keyword, released) + " to " + working.get(keyword)));
            }
        }
        for (String keyword : List.of("exclusiveMinimum", "exclusiveMaximum")) {
            if (working.path(keyword).asBoolean(false)
                    && !released.path(keyword).asBoolean(false)) {
                changes.add(change(path, keyword + " added"));
            }
        }
    }

    /**
     * Whether {@code working} adds the bound {@code keyword}, or moves it in {@code direction} (1: up, for a lower
     * bound; -1: down, for an upper bound).
     */
    private static boolean tightens(String keyword, JsonNode released, JsonNode working, int direction) {
        if (!working.has(keyword)) {
            return false;
        }
        return !released.has(keyword)
                || Integer.signum(working.get(keyword)
                                .decimalValue()
                                .compareTo(released.get(keyword).decimalValue()))
                        == direction;
    }

    private static String tightened(String keyword, JsonNode released, JsonNode working) {
        return keyword + " tightened from " + bound(keyword, released) + " to " + working.get(keyword);
    }

    private static String bound(String keyword, JsonNode schema) {
        return schema.has(keyword) ? schema.get(keyword).toString() : "none";
    }

    /** Whether the types {@code working} allows include every type {@code released} allowed. */
    private static boolean covers(Set<String> working, Set<String> released) {
        if (working.isEmpty()) {
            return true;
        }
        return released.stream()
                .allMatch(type -> working.contains(type) || ("integer".equals(type) && working.contains("number")));
    }

    private static Set<String> types(JsonNode schema) {
        return strings(schema.path("type"));
    }

    private static Set<String> strings(JsonNode node) {
        Set<String> values = new LinkedHashSet<>();
        if (node.isArray()) {
            node.values().forEach(value -> values.add(value.asString()));
        } else if (!node.isMissingNode()) {
            values.add(node.asString());
        }
        return values;
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static BreakingChange change(String path, String what) {
        return new BreakingChange(path.isEmpty() ? "$" : path, what);
    }
}
