package io.shoponevents.events;

/** How an event travels from its producer to its consumers. */
public enum Route {
    /** PutEvents on the bus; one rule per consumer queue matches on source and detail-type. */
    BUS,
    /** Publish on the topic; one subscription per consumer queue filters on the detail-type attribute. */
    TOPIC
}
