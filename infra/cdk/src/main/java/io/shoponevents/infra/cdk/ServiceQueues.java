package io.shoponevents.infra.cdk;

import io.shoponevents.events.ServiceName;
import io.shoponevents.events.topology.QueueSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** The queues of the topology, one per service, found by name. */
final class ServiceQueues extends Construct {

    private final Map<String, ServiceQueue> byName = new LinkedHashMap<>();

    ServiceQueues(Construct scope, String id, List<QueueSpec> specs) {
        super(scope, id);
        specs.forEach(spec -> byName.put(spec.name(), new ServiceQueue(this, spec)));
    }

    ServiceQueue named(String name) {
        ServiceQueue queue = byName.get(name);
        if (queue == null) {
            throw new IllegalArgumentException("the topology routes to " + name + " but declares no such queue");
        }
        return queue;
    }

    ServiceQueue of(ServiceName service) {
        return named(service.queueName());
    }
}
