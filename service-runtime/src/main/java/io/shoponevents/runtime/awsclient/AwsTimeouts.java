package io.shoponevents.runtime.awsclient;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a service waits for AWS, under {@code shop.aws.*}. A stalled or unreachable endpoint then fails a call
 * within a known time instead of holding a request thread for as long as the connection lives.
 *
 * <p>Each bound not set keeps its default: requests 2 s per call, 1 s per attempt, 1 s to connect and 1 s of silence;
 * long polls 60 s per call, 25 s per attempt and of silence, 1 s to connect.
 *
 * @param requests every client but the queue listener's: calls made while a REST request waits (a checkout answers
 *     within about two seconds, or 503), and the outbox relay, dead-lettering and health checks
 * @param longPolls the queue listener's SQS client, whose receive waits up to 20 s for a message (SQS's longest
 *     {@code WaitTimeSeconds}), so each of its attempts must be allowed longer than that
 */
@ConfigurationProperties("shop.aws")
public record AwsTimeouts(Bounds requests, Bounds longPolls) {

    static final Bounds REQUESTS =
            new Bounds(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    static final Bounds LONG_POLLS =
            new Bounds(Duration.ofSeconds(60), Duration.ofSeconds(25), Duration.ofSeconds(1), Duration.ofSeconds(25));

    public AwsTimeouts {
        requests = requests == null ? REQUESTS : requests.orElse(REQUESTS);
        longPolls = longPolls == null ? LONG_POLLS : longPolls.orElse(LONG_POLLS);
    }

    /**
     * @param apiCallTimeout the whole call, every retry included
     * @param apiCallAttemptTimeout one attempt; the SDK retries a timed-out attempt while the call's time lasts
     * @param connectionTimeout opening a TCP connection to the endpoint
     * @param socketTimeout the longest silence while reading an answer
     */
    public record Bounds(
            Duration apiCallTimeout,
            Duration apiCallAttemptTimeout,
            Duration connectionTimeout,
            Duration socketTimeout) {

        /** These bounds, each one not set taken from {@code defaults}. */
        Bounds orElse(Bounds defaults) {
            return new Bounds(
                    apiCallTimeout == null ? defaults.apiCallTimeout : apiCallTimeout,
                    apiCallAttemptTimeout == null ? defaults.apiCallAttemptTimeout : apiCallAttemptTimeout,
                    connectionTimeout == null ? defaults.connectionTimeout : connectionTimeout,
                    socketTimeout == null ? defaults.socketTimeout : socketTimeout);
        }
    }
}
