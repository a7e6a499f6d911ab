package io.shoponevents.infra.cdk;

import io.shoponevents.events.EventJson;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

/** JSON documents of the topology (event patterns, filter policies) as the maps CloudFormation properties take. */
final class Json {

    private Json() {}

    static Map<String, Object> object(String json) {
        return EventJson.mapper().readValue(json, new TypeReference<Map<String, Object>>() {});
    }
}
