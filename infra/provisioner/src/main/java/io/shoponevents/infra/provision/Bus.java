package io.shoponevents.infra.provision;

import io.shoponevents.events.topology.ArchiveSpec;
import io.shoponevents.events.topology.RuleSpec;
import io.shoponevents.infra.provision.Queues.QueueRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eventbridge.model.RuleState;

/** Creates the event bus, its archive and its rules, each rule sending to one queue. */
final class Bus {

    private static final String TARGET_ID = "queue";

    private final EventBridgeClient eventBridge;
    private final ProvisioningLog log;

    Bus(EventBridgeClient eventBridge, ProvisioningLog log) {
        this.eventBridge = eventBridge;
        this.log = log;
    }

    String ensureBus(String name) {
        try {
            return eventBridge.describeEventBus(request -> request.name(name)).arn();
        } catch (ResourceNotFoundException e) {
            log.created("event bus " + name);
            return eventBridge.createEventBus(request -> request.name(name)).eventBusArn();
        }
    }

    void ensureArchive(ArchiveSpec archive, String busArn) {
        log.bestEffort("archive " + archive.name(), () -> {
            try {
                eventBridge.describeArchive(request -> request.archiveName(archive.name()));
            } catch (ResourceNotFoundException e) {
                eventBridge.createArchive(request -> request.archiveName(archive.name())
                        .eventSourceArn(busArn)
                        .retentionDays((int) archive.retention().toDays())
                        .description("Every event on " + archive.busName() + ", for replay"));
                log.created("archive " + archive.name());
            }
        });
    }

    /** @return the ARN of every rule by name, for the queue policies */
    Map<String, String> ensureRules(List<RuleSpec> rules) {
        Map<String, String> arns = new LinkedHashMap<>();
        for (RuleSpec rule : rules) {
            String arn = eventBridge
                    .putRule(request -> request.name(rule.name())
                            .eventBusName(rule.busName())
                            .eventPattern(rule.eventPattern())
                            .state(RuleState.ENABLED)
                            .description("Sends " + rule.eventPattern() + " to " + rule.targetQueue()))
                    .ruleArn();
            arns.put(rule.name(), arn);
        }
        return arns;
    }

    void ensureTargets(List<RuleSpec> rules, Map<String, QueueRef> queues) {
        for (RuleSpec rule : rules) {
            String queueArn = queues.get(rule.targetQueue()).arn();
            eventBridge.putTargets(request -> request.rule(rule.name())
                    .eventBusName(rule.busName())
                    .targets(target -> target.id(TARGET_ID).arn(queueArn)));
        }
    }
}
