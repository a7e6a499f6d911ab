package io.shoponevents.runtime.consume;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.SqsHeaders;
import io.shoponevents.runtime.journey.ConsumedEvent;
import io.shoponevents.runtime.journey.JourneyRecorder;
import io.shoponevents.runtime.tracing.Tracing;
import org.springframework.messaging.handler.annotation.Header;

/**
 * The one listener on a service's queue. A message is acknowledged when its handler returns; when the handler throws,
 * it is received again after the visibility timeout and, after the redrive count, lands in the dead-letter queue.
 * Poison is moved to the dead-letter queue at once and acknowledged. Either way the service records the dead letter
 * in the journey of the message's order ({@link JourneyRecorder}): poison when it moves it, a failing message when
 * its handler throws on the last receive the queue allows. An event acknowledged without an inbox entry (no handler
 * for it, or nothing to change) is recorded as consumed. Each message is handled in a segment that continues the
 * producer's trace.
 */
public class QueueListener {

    private final EventDispatcher dispatcher;
    private final DeadLetters deadLetters;
    private final Tracing tracing;
    private final JourneyRecorder journey;
    private final int maxReceiveCount;

    /**
     * @param maxReceiveCount the receives after which the queue moves a message to its dead-letter queue
     */
    public QueueListener(
            EventDispatcher dispatcher,
            DeadLetters deadLetters,
            Tracing tracing,
            JourneyRecorder journey,
            int maxReceiveCount) {
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
        this.tracing = tracing;
        this.journey = journey;
        this.maxReceiveCount = maxReceiveCount;
    }

    @SqsListener("${shop.queue-name}")
    public void onMessage(
            String body,
            @Header(name = SqsHeaders.MessageSystemAttributes.SQS_AWS_TRACE_HEADER, required = false)
                    String awsTraceHeader,
            @Header(name = SqsHeaders.MessageSystemAttributes.SQS_APPROXIMATE_RECEIVE_COUNT, required = false)
                    String receiveCount) {
        tracing.inConsumerSegment(body, awsTraceHeader, () -> handle(body, receiveCount));
    }

    private void handle(String body, String receiveCount) {
        try (ConsumedEvent.Handling handling = ConsumedEvent.begin()) {
            dispatcher.dispatch(body);
            handling.unrecorded().ifPresent(journey::consumed);
        } catch (PoisonMessageException e) {
            deadLetters.reject(body, e.getMessage());
            journey.deadLettered(body, e.getMessage());
        } catch (RuntimeException e) {
            if (isLastReceive(receiveCount)) {
                journey.deadLettered(body, "failed on each of " + maxReceiveCount + " receives, the last with " + e);
            }
            throw e;
        }
    }

    private boolean isLastReceive(String receiveCount) {
        try {
            return receiveCount != null && Integer.parseInt(receiveCount) >= maxReceiveCount;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
