package io.shoponevents.runtime.autoconfigure;

import io.awspring.cloud.autoconfigure.core.AwsClientBuilderConfigurer;
import io.shoponevents.events.EventValidator;
import io.shoponevents.events.topology.Topology;
import io.shoponevents.runtime.awsclient.AwsTimeouts;
import io.shoponevents.runtime.awsclient.BoundedAwsClients;
import io.shoponevents.runtime.consume.DeadLetters;
import io.shoponevents.runtime.consume.EventDispatcher;
import io.shoponevents.runtime.consume.QueueListener;
import io.shoponevents.runtime.health.AwsResourcesHealthIndicator;
import io.shoponevents.runtime.journey.JourneyController;
import io.shoponevents.runtime.journey.JourneyLog;
import io.shoponevents.runtime.journey.JourneyRecorder;
import io.shoponevents.runtime.outbox.OutboxRelay;
import io.shoponevents.runtime.outbox.PublishedMarks;
import io.shoponevents.runtime.outbox.TransactionalOutbox;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.runtime.publish.EventPublisher;
import io.shoponevents.runtime.publish.RoutingPublisher;
import io.shoponevents.runtime.publish.TopicArnResolver;
import io.shoponevents.runtime.tracing.TracedPublisher;
import io.shoponevents.runtime.tracing.Tracing;
import io.shoponevents.runtime.tracing.TracingConfiguration;
import io.shoponevents.runtime.web.ProblemDetailsAdvice;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Everything a shop service needs to publish and consume events, wired once for all four: AWS clients, the outbox and
 * its relay, the publisher, the queue listener, the journey endpoint, tracing, health and problem details. Active when {@code shop.service}
 * is set.
 */
@AutoConfiguration(
        afterName = {
            "io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration",
            "io.awspring.cloud.autoconfigure.core.RegionProviderAutoConfiguration",
            "io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration"
        })
@ConditionalOnProperty("shop.service")
@EnableConfigurationProperties({ShopProperties.class, AwsTimeouts.class})
@EnableScheduling
@Import(TracingConfiguration.class)
public class ShopRuntimeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * A post-processor is created before configuration properties are bound as beans, so it binds its own settings; it
     * has to be in place before the first AWS client is built.
     */
    @Bean
    static BoundedAwsClients boundedAwsClients(Environment environment) {
        return new BoundedAwsClients(Binder.get(environment).bindOrCreate("shop.aws", AwsTimeouts.class));
    }

    @Bean
    EventValidator eventValidator() {
        return new EventValidator();
    }

    @Bean
    EnvelopeCodec envelopeCodec(Clock clock, Tracing tracing) {
        return new EnvelopeCodec(clock, tracing::currentTraceHeader);
    }

    @Bean
    @ConditionalOnMissingBean
    EventBridgeClient eventBridgeClient(AwsClientBuilderConfigurer configurer) {
        return configurer.configure(EventBridgeClient.builder()).build();
    }

    @Bean
    @ConditionalOnMissingBean
    SnsClient snsClient(AwsClientBuilderConfigurer configurer) {
        return configurer.configure(SnsClient.builder()).build();
    }

    @Bean
    @ConditionalOnMissingBean
    SqsClient sqsClient(AwsClientBuilderConfigurer configurer) {
        return configurer.configure(SqsClient.builder()).build();
    }

    @Bean
    @ConditionalOnMissingBean
    DynamoDbClient dynamoDbClient(AwsClientBuilderConfigurer configurer) {
        return configurer.configure(DynamoDbClient.builder()).build();
    }

    @Bean
    EventPublisher eventPublisher(
            ShopProperties properties,
            EventBridgeClient eventBridge,
            SnsClient sns,
            EnvelopeCodec codec,
            Tracing tracing) {
        return new TracedPublisher(
                new RoutingPublisher(
                        eventBridge,
                        properties.busName(),
                        sns,
                        new TopicArnResolver(sns, properties.topicName(), properties.topicArn()),
                        codec),
                tracing);
    }

    @Bean
    TransactionalOutbox transactionalOutbox(
            ShopProperties properties,
            DynamoDbClient dynamoDb,
            EnvelopeCodec codec,
            EventPublisher publisher,
            Clock clock,
            EventValidator validator,
            PublishedMarks marks) {
        return new TransactionalOutbox(
                dynamoDb, properties.tableName(), codec, publisher, clock, properties.relayDelay(), validator, marks);
    }

    /** Closed after the outbox and the relay, which use it: what they published last is marked before exit. */
    @Bean(destroyMethod = "close")
    PublishedMarks publishedMarks(ShopProperties properties, DynamoDbClient dynamoDb, Clock clock) {
        return new PublishedMarks(dynamoDb, properties.tableName(), clock).writeEvery(properties.markInterval());
    }

    @Bean
    OutboxRelay outboxRelay(
            ShopProperties properties,
            DynamoDbClient dynamoDb,
            EnvelopeCodec codec,
            EventPublisher publisher,
            PublishedMarks marks,
            Clock clock,
            Tracing tracing) {
        return new OutboxRelay(dynamoDb, properties.tableName(), codec, publisher, marks, clock, tracing);
    }

    @Bean
    OutboxRelaySchedule outboxRelaySchedule(OutboxRelay relay) {
        return new OutboxRelaySchedule(relay);
    }

    @Bean
    DeadLetters deadLetters(SqsClient sqs, ShopProperties properties) {
        return new DeadLetters(sqs, properties.deadLetterQueueName());
    }

    @Bean
    JourneyRecorder journeyRecorder(ShopProperties properties, DynamoDbClient dynamoDb, Clock clock) {
        return new JourneyRecorder(dynamoDb, properties.tableName(), clock);
    }

    @Bean
    @ConditionalOnBean(EventDispatcher.class)
    QueueListener queueListener(
            EventDispatcher dispatcher,
            DeadLetters deadLetters,
            Tracing tracing,
            JourneyRecorder journey,
            ShopProperties properties) {
        int maxReceiveCount = Topology.standard().queue(properties.service()).maxReceiveCount();
        return new QueueListener(dispatcher, deadLetters, tracing, journey, maxReceiveCount);
    }

    @Bean
    JourneyLog journeyLog(ShopProperties properties, DynamoDbClient dynamoDb) {
        return new JourneyLog(
                dynamoDb, properties.tableName(), properties.service().id() + "-service");
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    JourneyController journeyController(JourneyLog journeyLog) {
        return new JourneyController(journeyLog);
    }

    /**
     * Checked every {@code shop.readiness-interval}. A check against a stalled endpoint fails within the clients' call
     * timeout; one that has not come back after two calls' worth of it, and an interval more, counts as failed too.
     */
    @Bean("awsResources")
    AwsResourcesHealthIndicator awsResourcesHealthIndicator(
            SqsClient sqs, DynamoDbClient dynamoDb, ShopProperties properties, AwsTimeouts timeouts) {
        Duration interval = properties.readinessInterval();
        Duration staleAfter = interval.plus(timeouts.requests().apiCallTimeout().multipliedBy(2))
                .plus(interval);
        return new AwsResourcesHealthIndicator(
                sqs, dynamoDb, properties.queueName(), properties.tableName(), interval, staleAfter);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
