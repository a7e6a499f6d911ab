package io.shoponevents.events.topology;

/**
 * An SNS subscription of a queue to the topic.
 *
 * @param filterPolicy the filter policy on message attributes, as JSON
 * @param rawMessageDelivery true: the queue receives the envelope itself, not an SNS notification around it
 */
public record SubscriptionSpec(String topicName, String queue, String filterPolicy, boolean rawMessageDelivery) {}
