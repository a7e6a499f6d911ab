package io.shoponevents.infra.cdk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.assertions.Template;

/** A synthesized CloudFormation template as plain Java maps and lists, with the look-ups the tests share. */
final class CfnTemplate {

    final Template template;
    private final Map<String, Object> json;

    CfnTemplate(Template template) {
        this.template = template;
        this.json = template.toJSON();
    }

    /** All resources by logical id. */
    Map<String, Map<String, Object>> allResources() {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        map(json.get("Resources")).forEach((id, resource) -> all.put(id, map(resource)));
        return all;
    }

    /** Resources of {@code type} by logical id. */
    Map<String, Map<String, Object>> resources(String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        allResources().forEach((id, resource) -> {
            if (type.equals(resource.get("Type"))) {
                found.put(id, resource);
            }
        });
        return found;
    }

    /** Properties of the resources of {@code type}. */
    List<Map<String, Object>> properties(String type) {
        return resources(type).values().stream()
                .map(resource -> map(resource.getOrDefault("Properties", Map.of())))
                .toList();
    }

    /** The logical id of the one resource of {@code type} whose {@code property} is {@code value}. */
    String logicalId(String type, String property, Object value) {
        List<String> ids = resources(type).entrySet().stream()
                .filter(entry -> Objects.equals(
                        map(entry.getValue().getOrDefault("Properties", Map.of()))
                                .get(property),
                        value))
                .map(Map.Entry::getKey)
                .toList();
        if (ids.size() != 1) {
            throw new AssertionError(ids.size() + " resources of " + type + " have " + property + " = " + value);
        }
        return ids.get(0);
    }

    Map<String, Object> propertiesOf(String logicalId) {
        return map(map(map(json.get("Resources")).get(logicalId)).getOrDefault("Properties", Map.of()));
    }

    /** Every statement of every identity policy: inline policies of roles and AWS::IAM::Policy resources. */
    List<Map<String, Object>> identityStatements() {
        List<Map<String, Object>> statements = new ArrayList<>();
        properties("AWS::IAM::Policy").forEach(policy -> statements.addAll(statements(policy.get("PolicyDocument"))));
        properties("AWS::IAM::Role")
                .forEach(role -> list(role.get("Policies"))
                        .forEach(policy ->
                                statements.addAll(statements(map(policy).get("PolicyDocument")))));
        return statements;
    }

    Object exportedValue(String exportName) {
        for (Object output : map(json.getOrDefault("Outputs", Map.of())).values()) {
            Map<String, Object> export = map(map(output).getOrDefault("Export", Map.of()));
            if (exportName.equals(export.get("Name"))) {
                return map(output).get("Value");
            }
        }
        return null;
    }

    static List<Map<String, Object>> statements(Object policyDocument) {
        return list(map(policyDocument).get("Statement")).stream()
                .map(CfnTemplate::map)
                .toList();
    }

    /** A value that CloudFormation accepts as one item or a list of them, as a list. */
    static List<Object> listOf(Object value) {
        return value instanceof Collection<?> values ? List.copyOf(values) : List.of(value);
    }

    /** {@code {"Fn::GetAtt": [id, attribute]}} or {@code {"Ref": id}}: the logical id referred to, else null. */
    static String referencedId(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.get("Ref") instanceof String id) {
                return id;
            }
            if (map.get("Fn::GetAtt") instanceof List<?> getAtt) {
                return (String) getAtt.get(0);
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    static List<Object> list(Object value) {
        return value == null ? List.of() : listOf(value);
    }
}
