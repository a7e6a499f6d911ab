package io.shoponevents.infra.provision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A queue policy that admits SendMessage only from named EventBridge rules and SNS topics ({@code aws:SourceArn}). */
final class QueuePolicy {

    private final List<Map<String, Object>> statements = new ArrayList<>();

    QueuePolicy allowRule(String ruleArn) {
        return allow("events.amazonaws.com", ruleArn);
    }

    QueuePolicy allowTopic(String topicArn) {
        return allow("sns.amazonaws.com", topicArn);
    }

    boolean isEmpty() {
        return statements.isEmpty();
    }

    String toJson(String queueArn) {
        List<Map<String, Object>> withResource = statements.stream()
                .map(statement -> {
                    Map<String, Object> complete = new LinkedHashMap<>(statement);
                    complete.put("Resource", queueArn);
                    return complete;
                })
                .toList();
        return JsonMapper.shared().writeValueAsString(Map.of("Version", "2012-10-17", "Statement", withResource));
    }

    private QueuePolicy allow(String servicePrincipal, String sourceArn) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Sid", "AllowSender" + (statements.size() + 1));
        statement.put("Effect", "Allow");
        statement.put("Principal", Map.of("Service", servicePrincipal));
        statement.put("Action", "sqs:SendMessage");
        statement.put("Condition", Map.of("ArnEquals", Map.of("aws:SourceArn", sourceArn)));
        statements.add(statement);
        return this;
    }
}
