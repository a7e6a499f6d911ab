package io.shoponevents.infra.cdk;

import java.util.List;

/** What the services stack needs to run one image on Fargate behind the load balancer. */
interface Deployable {

    /** The Maven module, the Docker build argument {@code SERVICE}, the ECS service and its Cloud Map name. */
    String moduleName();

    int port();

    /** Load balancer path patterns routed to it. */
    List<String> paths();

    /** The readiness probe the load balancer checks before it sends requests. */
    String healthCheckPath();

    /** Whether it sends X-Ray segments, so that its task runs the X-Ray daemon beside it. */
    boolean traced();
}
