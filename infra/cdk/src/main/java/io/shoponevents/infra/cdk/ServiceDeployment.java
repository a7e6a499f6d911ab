package io.shoponevents.infra.cdk;

import static io.shoponevents.events.ServiceName.INVENTORY;
import static io.shoponevents.events.ServiceName.NOTIFICATION;
import static io.shoponevents.events.ServiceName.ORDER;
import static io.shoponevents.events.ServiceName.SHIPPING;

import io.shoponevents.events.EventType;
import io.shoponevents.events.Route;
import io.shoponevents.events.ServiceName;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a service is reached and what it does beyond the event catalog: its port and REST paths (the contract of
 * ARCHITECTURE.md) and whether it sends email.
 *
 * @param paths load balancer path patterns routed to this service
 */
record ServiceDeployment(ServiceName service, int port, List<String> paths, boolean sendsEmail) implements Deployable {

    static List<ServiceDeployment> all() {
        return List.of(
                new ServiceDeployment(ORDER, 8081, List.of("/api/carts*", "/api/orders*"), false),
                new ServiceDeployment(INVENTORY, 8082, List.of("/api/stock*", "/api/reservations*"), false),
                new ServiceDeployment(SHIPPING, 8083, List.of("/api/shipments*"), false),
                new ServiceDeployment(NOTIFICATION, 8084, List.of("/api/notifications*"), true));
    }

    /** The Maven module, the Docker build argument {@code SERVICE} and the ECS service name. */
    @Override
    public String moduleName() {
        return service.id() + "-service";
    }

    @Override
    public String healthCheckPath() {
        return ShopService.READINESS_PATH;
    }

    @Override
    public boolean traced() {
        return true;
    }

    /** The routes this service publishes on, from the producers of the catalog. */
    Set<Route> publishesOn() {
        return Arrays.stream(EventType.values())
                .filter(type -> type.producer() == service)
                .map(EventType::route)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Route.class)));
    }

    /** Whether any event of the catalog comes to this service's queue. */
    boolean consumesEvents() {
        return Arrays.stream(EventType.values())
                .anyMatch(type -> type.consumers().contains(service));
    }
}
