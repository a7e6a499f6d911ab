package io.shoponevents.systemtests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** One trace as the daemon received it: its segments and their subsegments, flattened. */
record RecordedTrace(String traceId, List<Entity> entities) {

    /**
     * A segment or subsegment.
     *
     * @param service the name of the segment it belongs to
     * @param parentId the parent it names, for segments and streamed subsegments; a nested subsegment's is its
     *     container's id
     */
    record Entity(String service, String id, String parentId, String name, boolean segment, JsonNode document) {

        String annotation(String key) {
            JsonNode value = document.path("annotations").path(key);
            return value.isString() ? value.asString() : null;
        }

        String operation() {
            String operation = annotation("operation");
            return operation != null ? operation : name;
        }

        boolean consumes() {
            return segment && operation().startsWith("consume ");
        }

        String url() {
            return document.path("http").path("request").path("url").asString();
        }

        @Override
        public String toString() {
            return service + " " + operation() + " " + id + (parentId == null ? "" : " under " + parentId);
        }
    }

    static List<RecordedTrace> of(Collection<JsonNode> documents) {
        Map<String, List<Entity>> byTrace = new LinkedHashMap<>();
        for (JsonNode document : documents) {
            boolean streamedSubsegment = "subsegment".equals(text(document.path("type")));
            List<Entity> trace = byTrace.computeIfAbsent(text(document.path("trace_id")), id -> new ArrayList<>());
            String service = streamedSubsegment ? "(streamed)" : text(document.path("name"));
            add(document, service, text(document.path("parent_id")), !streamedSubsegment, trace);
        }
        return byTrace.entrySet().stream()
                .map(trace -> new RecordedTrace(trace.getKey(), List.copyOf(trace.getValue())))
                .toList();
    }

    private static void add(JsonNode document, String service, String parentId, boolean segment, List<Entity> into) {
        String id = text(document.path("id"));
        into.add(new Entity(service, id, parentId, text(document.path("name")), segment, document));
        for (JsonNode child : document.path("subsegments")) {
            add(child, service, id, false, into);
        }
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    Set<String> services() {
        return entities.stream().filter(Entity::segment).map(Entity::service).collect(Collectors.toSet());
    }

    List<Entity> consumers() {
        return entities.stream().filter(Entity::consumes).toList();
    }

    /** The subsegment that published the event with this id. */
    Optional<Entity> publisherOf(String eventId) {
        return entities.stream()
                .filter(entity -> !entity.segment() && entity.name().startsWith("publish "))
                .filter(entity -> eventId.equals(entity.annotation("eventId")))
                .findFirst();
    }

    /** The entity with this id, if the trace has it. */
    Optional<Entity> entity(String id) {
        return entities.stream().filter(entity -> entity.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return "trace " + traceId + " " + entities;
    }

    /** Entities whose parent is not in this trace. */
    List<Entity> orphans() {
        Set<String> ids = entities.stream().map(Entity::id).collect(Collectors.toSet());
        return entities.stream()
                .filter(entity -> entity.parentId() != null && !ids.contains(entity.parentId()))
                .toList();
    }
}
