package io.shoponevents.catalog;

import io.shoponevents.events.ServiceName;

/** The prose of the AsyncAPI document (Markdown), apart from the code that builds its structure. */
final class Descriptions {

    static final String DOCUMENT = """
            The events of the shop: four services (order, inventory, shipping, notification) that work together \
            only through these events. Every event, whatever route carries it, is one JSON document shaped like an \
            EventBridge event: `detail-type` names the event, `source` its producer, `detail.metadata` carries the \
            producer's `eventId` (the identity consumers deduplicate on), the `schemaVersion` of `detail.data`, the \
            `correlationId`, `causationId` and the X-Ray `traceHeader`; `detail.data` holds the event's own fields.

            Events of order-service and inventory-service go on the EventBridge bus `shop-events`, where one rule \
            per consumer queue and producing source matches on `source` and `detail-type`. Events of \
            shipping-service go on the SNS topic `shop-shipment-events`, where each consumer queue's subscription \
            filters on the `detail-type` message attribute, with raw message delivery. Each service reads one SQS \
            queue, `shop-<service>-events`, with a dead-letter queue.

            The schemas are JSON Schema draft-04 (the dialect of the EventBridge Schema Registry), kept in \
            `shared-events/src/main/resources/schemas/`; this document is generated from them, from the event \
            catalog and from the topology by the build. An event whose schema changes incompatibly is carried in \
            a new schema version beside the old one: see `docs/events.md`.
            """;

    static final String BUS = """
            Producers call PutEvents; EventBridge sets the top-level `id` and delivers the whole event as the SQS \
            message body. Every event on the bus is also kept in the archive `shop-events-archive` for replay.""";

    static final String TOPIC = """
            Producers publish the envelope with the message attributes `detail-type` and `source`; subscriptions \
            deliver it to the queues unchanged (raw message delivery).""";

    private Descriptions() {}

    static String receive(ServiceName service) {
        return "One listener decodes each message, validates it against the contract (envelope, detail-type, schema"
                + " version and data) and hands it to the handler of its detail-type and schema version; events "
                + service.id() + "-service has no handler for are acknowledged. A message that breaks the contract"
                + " goes to the dead-letter queue at once. The extensions `x-eventbridge-rules` and"
                + " `x-sns-subscription` give the rules and the subscription that feed the queue.";
    }
}
