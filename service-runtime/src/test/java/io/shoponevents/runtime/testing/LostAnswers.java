package io.shoponevents.runtime.testing;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.exception.RetryableException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Loses the answer of the first calls of one operation after the endpoint has applied them, as a timed-out attempt
 * against a stalled endpoint does: the SDK sees a retryable failure and sends the same request again.
 */
public final class LostAnswers implements ExecutionInterceptor {

    private final String operation;
    private final AtomicInteger toLose;
    private final AtomicInteger attempts = new AtomicInteger();

    public LostAnswers(String operation, int answers) {
        this.operation = operation;
        this.toLose = new AtomicInteger(answers);
    }

    /** Loses the answers of the next {@code answers} calls from now on. */
    public void loseNext(int answers) {
        attempts.set(0);
        toLose.set(answers);
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        if (!operation.equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))) {
            return;
        }
        attempts.incrementAndGet();
        if (context.httpResponse().isSuccessful() && toLose.getAndDecrement() > 0) {
            throw RetryableException.create("the answer to " + operation + " was lost");
        }
    }

    /** How many attempts of the operation reached the endpoint. */
    public int attempts() {
        return attempts.get();
    }
}
