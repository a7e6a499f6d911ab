package io.shoponevents.notification.email;

import java.util.Map;

/**
 * What to tell a customer, and why: the event that calls for an email, its recipient, and the fields its template is
 * filled with.
 */
record Notice(
        String eventId,
        String eventType,
        String orderId,
        String customerId,
        String recipient,
        EmailTemplate template,
        Map<String, String> fields) {

    Notice {
        fields = Map.copyOf(fields);
    }

    RenderedEmail render() {
        return template.render(fields);
    }
}
