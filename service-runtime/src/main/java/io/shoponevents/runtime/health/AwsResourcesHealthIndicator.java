package io.shoponevents.runtime.health;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Ready only while the service's queue and table can be reached; part of the readiness group.
 *
 * <p>The check runs in the background, with the clients' own timeouts, and the health endpoint answers from its last
 * result, so that a stalled endpoint never holds a probe: a check that fails turns the indicator DOWN, and so does a
 * check that has not come back within {@code staleAfter}. It runs every {@code interval} while the check passes and
 * every second (at most {@code interval}) while it fails, so that the first check that passes, at start or after an
 * outage, turns it UP soon.
 */
public class AwsResourcesHealthIndicator implements HealthIndicator, DisposableBean {

    private final SqsClient sqs;
    private final DynamoDbClient dynamoDb;
    private final String queueName;
    private final String tableName;
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final Duration interval;
    private final Duration staleAfter;
    private final ScheduledExecutorService checker;
    private volatile Checked last;

    public AwsResourcesHealthIndicator(
            SqsClient sqs,
            DynamoDbClient dynamoDb,
            String queueName,
            String tableName,
            Duration interval,
            Duration staleAfter) {
        this.sqs = sqs;
        this.dynamoDb = dynamoDb;
        this.queueName = queueName;
        this.tableName = tableName;
        this.interval = interval;
        this.staleAfter = staleAfter;
        this.checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "aws-resources-check");
            thread.setDaemon(true);
            return thread;
        });
        checker.execute(this::checkAndScheduleNext);
    }

    @Override
    public Health health() {
        Checked checked = last;
        if (checked == null) {
            return details(Health.down()).withDetail("error", "not checked yet").build();
        }
        Duration age = Duration.ofNanos(System.nanoTime() - checked.atNanos());
        if (age.compareTo(staleAfter) > 0) {
            return details(Health.down())
                    .withDetail("error", "no answer from AWS for " + age.toMillis() + " ms")
                    .build();
        }
        return checked.health();
    }

    private void checkAndScheduleNext() {
        boolean passed = check();
        Duration next = passed || RETRY.compareTo(interval) > 0 ? interval : RETRY;
        try {
            checker.schedule(this::checkAndScheduleNext, next.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // destroyed: no next check
        }
    }

    /** @return whether the queue and the table answered */
    private boolean check() {
        Health health;
        try {
            sqs.getQueueUrl(request -> request.queueName(queueName));
            dynamoDb.describeTable(request -> request.tableName(tableName));
            health = details(Health.up()).build();
        } catch (RuntimeException e) {
            health = details(Health.down())
                    .withDetail("error", String.valueOf(e.getMessage()))
                    .build();
        }
        last = new Checked(health, System.nanoTime());
        return Status.UP.equals(health.getStatus());
    }

    private Health.Builder details(Health.Builder builder) {
        return builder.withDetail("queue", queueName).withDetail("table", tableName);
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }

    private record Checked(Health health, long atNanos) {}
}
