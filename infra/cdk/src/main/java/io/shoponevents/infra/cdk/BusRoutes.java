package io.shoponevents.infra.cdk;

import io.shoponevents.events.topology.ArchiveSpec;
import io.shoponevents.events.topology.RuleSpec;
import io.shoponevents.events.topology.Topology;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.events.Archive;
import software.amazon.awscdk.services.events.CfnRule;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.IEventBus;
import software.constructs.Construct;

/**
 * The bus, its archive (every event, for replay) and the rules of the topology, each sending what its event pattern
 * matches to one queue. The queue admits only that rule.
 */
final class BusRoutes extends Construct {

    private final String busName;
    private final EventBus bus;

    BusRoutes(Construct scope, String id, Topology topology, ServiceQueues queues) {
        super(scope, id);
        busName = topology.busName();
        bus = EventBus.Builder.create(this, "Bus")
                .eventBusName(topology.busName())
                .description("Events of the shop, routed to the services' queues by rule")
                .build();
        archive(topology.archive());
        for (RuleSpec spec : topology.rules()) {
            route(spec, queues.named(spec.targetQueue()));
        }
    }

    IEventBus bus() {
        return bus;
    }

    private void archive(ArchiveSpec spec) {
        requireThisBus(spec.busName(), spec.name());
        Archive.Builder.create(this, "Archive")
                .sourceEventBus(bus)
                .archiveName(spec.name())
                .description("Every event on " + spec.busName() + ", for replay")
                .eventPattern(EventPattern.builder()
                        .account(List.of(Stack.of(this).getAccount()))
                        .build())
                .retention(Duration.days(spec.retention().toDays()))
                .build();
    }

    private void route(RuleSpec spec, ServiceQueue queue) {
        requireThisBus(spec.busName(), spec.name());
        CfnRule rule = CfnRule.Builder.create(this, spec.name())
                .name(spec.name())
                .eventBusName(bus.getEventBusName())
                .eventPattern(Json.object(spec.eventPattern()))
                .targets(List.of(CfnRule.TargetProperty.builder()
                        .id(spec.targetQueue())
                        .arn(queue.queue().getQueueArn())
                        .build()))
                .build();
        queue.admit("events.amazonaws.com", rule.getAttrArn());
    }

    private void requireThisBus(String specBus, String what) {
        if (!specBus.equals(busName)) {
            throw new IllegalArgumentException(what + " is on bus " + specBus + ", not on " + busName);
        }
    }
}
