package io.shoponevents.infra.operate;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ListMessageMoveTasksResultEntry;

/**
 * Moves dead letters back to the queue they came from, with the same body and message attributes, and writes one
 * audit line per message. All of them go by SQS's own message-move task where the endpoint runs one; selected ones,
 * and all of them where the endpoint has no move task, go one by one: send to the queue, then delete the dead letter.
 * The services' inbox makes a redriven event that was handled before change nothing.
 */
final class Redrive {

    private static final Duration MOVE_TASK_LIMIT = Duration.ofMinutes(10);
    private static final Duration MOVE_TASK_POLL = Duration.ofSeconds(2);

    private final SqsClient sqs;
    private final DeadLetterQueue queue;
    private final PrintStream out;
    private final Clock clock;

    Redrive(SqsClient sqs, DeadLetterQueue queue, PrintStream out, Clock clock) {
        this.sqs = sqs;
        this.queue = queue;
        this.out = out;
        this.clock = clock;
    }

    /** @return the dead letters moved */
    List<DeadLetter> all() {
        List<DeadLetter> waiting = queue.peek();
        if (waiting.isEmpty()) {
            out.println(queue.name() + " is empty; nothing to redrive");
            return waiting;
        }
        String taskHandle;
        try {
            taskHandle = sqs.startMessageMoveTask(
                            request -> request.sourceArn(queue.arn()).destinationArn(queue.targetArn()))
                    .taskHandle();
            out.println("started the SQS message-move task " + taskHandle);
        } catch (AwsServiceException e) {
            if (!hasNoMoveTask(e)) {
                throw e;
            }
            out.println("this endpoint runs no SQS message-move task (HTTP " + e.statusCode()
                    + Optional.ofNullable(e.awsErrorDetails())
                            .map(details -> details.errorCode())
                            .map(code -> " " + code)
                            .orElse("")
                    + "); moving the messages one by one");
            return oneByOne(any -> true);
        }
        ListMessageMoveTasksResultEntry task = awaitMoveTask(taskHandle);
        out.println("move task " + task.status() + ": " + task.approximateNumberOfMessagesMoved() + " moved"
                + (task.failureReason() == null ? "" : ", " + task.failureReason()));
        if (!"COMPLETED".equals(task.status())) {
            throw new IllegalStateException("the move task " + taskHandle + " ended " + task.status()
                    + "; list the dead letters to see which are still there");
        }
        waiting.forEach(letter -> audit(letter, "by the move task"));
        return waiting;
    }

    /** @return the dead letters moved; ids that match none are reported */
    List<DeadLetter> selected(Set<String> ids) {
        List<DeadLetter> moved = oneByOne(letter -> letter.isOneOf(ids));
        ids.stream()
                .filter(id -> moved.stream().noneMatch(letter -> letter.isOneOf(Set.of(id))))
                .forEach(id -> out.println("not found in " + queue.name() + ": " + id));
        return moved;
    }

    private List<DeadLetter> oneByOne(Predicate<DeadLetter> selected) {
        String targetUrl = queue.targetUrl();
        List<DeadLetter> moved = new ArrayList<>();
        queue.take(selected, taken -> {
            DeadLetter letter = taken.letter();
            String newId = sqs.sendMessage(request -> request.queueUrl(targetUrl)
                            .messageBody(letter.body())
                            .messageAttributes(letter.attributes()))
                    .messageId();
            queue.delete(taken);
            audit(letter, "as " + newId);
            moved.add(letter);
        });
        out.println(moved.size() + " moved from " + queue.name() + " to " + queue.targetName());
        return moved;
    }

    /**
     * moto answers the unknown action with a bare 500; an endpoint error of AWS itself is a 5xx too, and moving one
     * by one is correct there as well. Any other refusal (a task already running, no permission) is the operator's to
     * see.
     */
    private static boolean hasNoMoveTask(AwsServiceException e) {
        String code = e.awsErrorDetails() == null
                ? ""
                : String.valueOf(e.awsErrorDetails().errorCode());
        return e.statusCode() >= 500
                || code.contains("InvalidAction")
                || code.contains("NotImplemented")
                || code.contains("UnknownOperation");
    }

    private void audit(DeadLetter letter, String how) {
        out.println("AUDIT " + Instant.now(clock) + " redrive " + queue.name() + " -> " + queue.targetName() + " "
                + letter.describe() + " " + how);
    }

    private ListMessageMoveTasksResultEntry awaitMoveTask(String taskHandle) {
        Instant giveUp = Instant.now(clock).plus(MOVE_TASK_LIMIT);
        while (true) {
            // The newest task of the queue is the one just started (SQS runs one at a time per source queue); only a
            // running task still carries its handle, so the handle cannot pick it.
            ListMessageMoveTasksResultEntry task =
                    sqs
                            .listMessageMoveTasks(
                                    request -> request.sourceArn(queue.arn()).maxResults(1))
                            .results()
                            .stream()
                            .findFirst()
                            .orElseThrow(
                                    () -> new IllegalStateException("the move task " + taskHandle + " is not listed"));
            if (!"RUNNING".equals(task.status()) || Instant.now(clock).isAfter(giveUp)) {
                return task;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(MOVE_TASK_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the move task", e);
        }
    }
}
