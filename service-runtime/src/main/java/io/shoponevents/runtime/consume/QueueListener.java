package io.shoponevents.runtime.consume;

import io.awspring.cloud.sqs.annotation.SqsListener;

/**
 * The one listener on a service's queue. A message is acknowledged when its handler returns; when the handler throws,
 * it is received again after the visibility timeout and, after the redrive count, lands in the dead-letter queue.
 * Poison is moved to the dead-letter queue at once and acknowledged.
 */
public class QueueListener {

    private final EventDispatcher dispatcher;
    private final DeadLetters deadLetters;

    public QueueListener(EventDispatcher dispatcher, DeadLetters deadLetters) {
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
    }

    @SqsListener("${shop.queue-name}")
    public void onMessage(String body) {
        try {
            dispatcher.dispatch(body);
        } catch (PoisonMessageException e) {
            deadLetters.reject(body, e.getMessage());
        }
    }
}
