package io.shoponevents.runtime.autoconfigure;

import io.shoponevents.events.ServiceName;
import io.shoponevents.events.topology.Topology;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Adds, with the lowest precedence, the defaults every service shares: its resource names from the topology (given
 * {@code shop.service}), readiness and liveness probes, JSON logs and trace sampling. Anything in a service's own
 * configuration wins.
 */
public class ShopDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "shopDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String serviceId = environment.getProperty("shop.service");
        if (serviceId == null) {
            return;
        }
        ServiceName service = ServiceName.valueOf(serviceId.toUpperCase(Locale.ROOT));
        Topology topology = Topology.standard();
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.application.name", service.id() + "-service");
        defaults.put("shop.bus-name", topology.busName());
        defaults.put("shop.topic-name", topology.topicName());
        defaults.put("shop.queue-name", topology.queue(service).name());
        defaults.put("shop.dead-letter-queue-name", topology.queue(service).deadLetterQueueName());
        defaults.put("shop.table-name", topology.table(service).name());
        defaults.put("shop.sender-email", "shop@example.com");
        defaults.put("shop.relay-delay", "10s");
        // The relay only finds what a failed publish or a crash left behind, which waits relay-delay anyway: looking
        // every second would cost each service a query per second for nothing.
        defaults.put("shop.relay-interval", "5s");
        // A published event is marked published in a batch with the others of the last half second: one request
        // instead of one per event, long before the relay would take the event for one left pending.
        defaults.put("shop.mark-interval", "500ms");
        // Each check costs two requests; an orchestrator probes every 5-30 s, so checking more often buys nothing.
        defaults.put("shop.readiness-interval", "5s");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,awsResources");
        defaults.put("management.endpoint.health.show-details", "always");
        // The services take JSON only; a multipart request is refused as an unsupported media type (415) instead of
        // being parsed first, where a Content-Type without a boundary would fail as a server error.
        defaults.put("spring.servlet.multipart.enabled", "false");
        defaults.put("logging.structured.format.console", "ecs");
        defaults.put("springdoc.swagger-ui.path", "/swagger-ui.html");
        // Every request is traced locally and in tests; in AWS the console's sampling rules decide.
        defaults.put("shop.tracing.sampling", environment.matchesProfiles("aws") ? "centralized" : "all");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }
}
