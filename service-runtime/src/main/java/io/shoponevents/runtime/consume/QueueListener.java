package io.shoponevents.runtime.consume;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.SqsHeaders;
import io.shoponevents.runtime.tracing.Tracing;
import org.springframework.messaging.handler.annotation.Header;

/**
 * The one listener on a service's queue. A message is acknowledged when its handler returns; when the handler throws,
 * it is received again after the visibility timeout and, after the redrive count, lands in the dead-letter queue.
 * Poison is moved to the dead-letter queue at once and acknowledged. Each message is handled in a segment that
 * continues the producer's trace.
 */
public class QueueListener {

    private final EventDispatcher dispatcher;
    private final DeadLetters deadLetters;
    private final Tracing tracing;

    public QueueListener(EventDispatcher dispatcher, DeadLetters deadLetters, Tracing tracing) {
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
        this.tracing = tracing;
    }

    @SqsListener("${shop.queue-name}")
    public void onMessage(
            String body,
            @Header(name = SqsHeaders.MessageSystemAttributes.SQS_AWS_TRACE_HEADER, required = false)
                    String awsTraceHeader) {
        tracing.inConsumerSegment(body, awsTraceHeader, () -> handle(body));
    }

    private void handle(String body) {
        try {
            dispatcher.dispatch(body);
        } catch (PoisonMessageException e) {
            deadLetters.reject(body, e.getMessage());
        }
    }
}
