package io.shoponevents.benchmark;

import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** A throw-away SQS queue that lets one service principal send to it from one source ARN. */
record ScratchQueue(SqsClient sqs, String url, String arn) {

    static ScratchQueue create(SqsClient sqs, String name) {
        String url = sqs.createQueue(request -> request.queueName(name)).queueUrl();
        String arn = sqs.getQueueAttributes(
                        request -> request.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        return new ScratchQueue(sqs, url, arn);
    }

    void allow(String servicePrincipal, String sourceArn) {
        String policy = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"%s"},\
                "Action":"sqs:SendMessage","Resource":"%s","Condition":{"ArnEquals":{"aws:SourceArn":"%s"}}}]}""".formatted(servicePrincipal, arn, sourceArn);
        sqs.setQueueAttributes(request -> request.queueUrl(url).attributes(Map.of(QueueAttributeName.POLICY, policy)));
    }

    /** Long-polls until a message containing {@code marker} arrives and deletes it; null when none came in time. */
    Message receive(String marker, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Message message : sqs.receiveMessage(
                            request -> request.queueUrl(url).waitTimeSeconds(5).maxNumberOfMessages(1))
                    .messages()) {
                sqs.deleteMessage(request -> request.queueUrl(url).receiptHandle(message.receiptHandle()));
                if (message.body().contains(marker)) {
                    return message;
                }
            }
        }
        return null;
    }

    void delete() {
        sqs.deleteQueue(request -> request.queueUrl(url));
    }
}
