package io.shoponevents.infra.operate;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A message in a dead-letter queue, with what the on-call engineer needs to judge it.
 *
 * @param reason why the service rejected it: the rejection attribute the service sets on poison; a message without
 *     it failed in its handler until the queue's redrive count was spent
 * @param eventId the producer's event id, the identity the services deduplicate on; empty when the body is no event
 * @param receiveCount receives in the dead-letter queue, the operator's own looks included
 */
record DeadLetter(
        String messageId,
        String reason,
        String detailType,
        Optional<String> eventId,
        Optional<String> correlationId,
        Instant sentAt,
        Optional<Instant> firstReceivedAt,
        int receiveCount,
        String body,
        Map<String, MessageAttributeValue> attributes) {

    static final String REASON_ATTRIBUTE = "shop-rejection-reason";
    static final String HANDLER_FAILED = "(no reason attribute: the handler failed until the redrive count was spent)";

    private static final JsonMapper json = JsonMapper.shared();

    static DeadLetter of(Message message) {
        Map<MessageSystemAttributeName, String> system = message.attributes();
        JsonNode event = parse(message.body());
        JsonNode metadata = event.path("detail").path("metadata");
        return new DeadLetter(
                message.messageId(),
                Optional.ofNullable(message.messageAttributes().get(REASON_ATTRIBUTE))
                        .map(MessageAttributeValue::stringValue)
                        .orElse(HANDLER_FAILED),
                text(event.path("detail-type")).orElse("(not an event)"),
                text(metadata.path("eventId")),
                text(metadata.path("correlationId")),
                millis(system.get(MessageSystemAttributeName.SENT_TIMESTAMP)).orElse(Instant.EPOCH),
                millis(system.get(MessageSystemAttributeName.APPROXIMATE_FIRST_RECEIVE_TIMESTAMP)),
                Integer.parseInt(system.getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "0")),
                message.body(),
                message.messageAttributes());
    }

    boolean isOneOf(Set<String> ids) {
        return ids.contains(messageId) || eventId.filter(ids::contains).isPresent();
    }

    /** One line for the terminal and the audit trail. */
    String describe() {
        return "messageId=" + messageId + " eventId=" + eventId.orElse("-") + " type=" + detailType + " correlationId="
                + correlationId.orElse("-");
    }

    private static JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (RuntimeException notJson) {
            return MissingNode.getInstance();
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node.isString() ? Optional.of(node.asString()) : Optional.empty();
    }

    private static Optional<Instant> millis(String value) {
        return Optional.ofNullable(value).map(Long::parseLong).map(Instant::ofEpochMilli);
    }
}
