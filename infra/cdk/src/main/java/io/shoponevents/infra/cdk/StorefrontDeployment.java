package io.shoponevents.infra.cdk;

import java.util.List;

/**
 * The storefront on Fargate: under {@code /shop} on the services' load balancer (its context path there, so that the
 * services keep every other path), calling the four services by their Cloud Map names, never through the load
 * balancer: each service answers {@code /api/journeys/*} for itself, a path the load balancer could not tell apart.
 */
record StorefrontDeployment() implements Deployable {

    static final String CONTEXT_PATH = "/shop";

    @Override
    public String moduleName() {
        return "storefront";
    }

    @Override
    public int port() {
        return 8080;
    }

    @Override
    public List<String> paths() {
        return List.of(CONTEXT_PATH, CONTEXT_PATH + "/*");
    }

    @Override
    public String healthCheckPath() {
        return CONTEXT_PATH + ShopService.READINESS_PATH;
    }

    @Override
    public boolean traced() {
        return false;
    }

    /** Where the storefront reaches each service: its Cloud Map name in the cluster's namespace, and its port. */
    static String serviceUrl(ServiceDeployment service) {
        return "http://" + service.moduleName() + "." + ServicesStack.NAMESPACE + ":" + service.port();
    }
}
