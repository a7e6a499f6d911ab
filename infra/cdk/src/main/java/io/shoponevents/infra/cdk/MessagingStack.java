package io.shoponevents.infra.cdk;

import io.shoponevents.events.ServiceName;
import io.shoponevents.events.topology.Topology;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/** Everything that carries events, built from the topology of shared-events: nothing here names a route itself. */
final class MessagingStack extends Stack {

    private final ServiceQueues queues;
    private final BusRoutes busRoutes;
    private final TopicRoutes topicRoutes;

    MessagingStack(Construct scope, String id, StackProps props, Topology topology) {
        super(scope, id, props);
        queues = new ServiceQueues(this, "Queues", topology.queues());
        busRoutes = new BusRoutes(this, "BusRoutes", topology, queues);
        topicRoutes = new TopicRoutes(this, "TopicRoutes", topology, queues);
        new EventSchemaRegistry(this, "Schemas", topology.busName());
    }

    IEventBus bus() {
        return busRoutes.bus();
    }

    ITopic topic() {
        return topicRoutes.topic();
    }

    IQueue queue(ServiceName service) {
        return queues.of(service).queue();
    }

    IQueue deadLetterQueue(ServiceName service) {
        return queues.of(service).deadLetterQueue();
    }
}
