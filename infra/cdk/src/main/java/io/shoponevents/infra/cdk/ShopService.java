package io.shoponevents.infra.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.applicationautoscaling.AdjustmentType;
import software.amazon.awscdk.services.applicationautoscaling.BasicStepScalingPolicyProps;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.applicationautoscaling.ScalingInterval;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.CloudMapOptions;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.ecs.LoadBalancerTargetOptions;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationTargetsProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCondition;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * One service (or the storefront) on Fargate: its container, an X-Ray daemon beside it where it traces, its logs, its
 * Cloud Map name, its place behind the load balancer, and scaling on the depth of its queue.
 */
final class ShopService extends Construct {

    static final String APP_CONTAINER = "app";
    static final String READINESS_PATH = "/actuator/health/readiness";
    static final int MAX_TASKS = 4;

    private static final int TASK_CPU = 512;
    private static final int TASK_MEMORY_MIB = 1024;

    private final Deployable deployment;
    private final FargateTaskDefinition taskDefinition;
    private final FargateService service;

    /**
     * @param settings the service's {@code shop.*} settings that only the deployment knows, as environment variables
     */
    ShopService(
            Construct scope,
            Deployable deployment,
            ICluster cluster,
            ContainerImage image,
            Map<String, String> settings) {
        super(scope, deployment.moduleName());
        this.deployment = deployment;
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .logGroupName("/shop/" + deployment.moduleName())
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        taskDefinition = FargateTaskDefinition.Builder.create(this, "Task")
                .family(deployment.moduleName())
                .cpu(TASK_CPU)
                .memoryLimitMiB(TASK_MEMORY_MIB)
                .build();
        taskDefinition.addContainer(
                APP_CONTAINER,
                ContainerDefinitionOptions.builder()
                        .image(image)
                        .memoryLimitMiB(TASK_MEMORY_MIB - XrayDaemon.MEMORY_MIB)
                        .portMappings(List.of(PortMapping.builder()
                                .containerPort(deployment.port())
                                .build()))
                        .environment(environment(settings))
                        .logging(logTo(logs, "app"))
                        .build());
        if (deployment.traced()) {
            XrayDaemon.addTo(taskDefinition, logTo(logs, "xray"));
        }
        service = FargateService.Builder.create(this, "Service")
                .serviceName(deployment.moduleName())
                .cluster(cluster)
                .taskDefinition(taskDefinition)
                .desiredCount(1)
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .circuitBreaker(
                        DeploymentCircuitBreaker.builder().rollback(true).build())
                .healthCheckGracePeriod(Duration.minutes(2))
                .vpcSubnets(SubnetSelection.builder()
                        .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                        .build())
                .cloudMapOptions(
                        CloudMapOptions.builder().name(deployment.moduleName()).build())
                .build();
        acceptFindings();
    }

    private Map<String, String> environment(Map<String, String> settings) {
        Map<String, String> environment = new java.util.TreeMap<>(settings);
        environment.put("AWS_REGION", Stack.of(this).getRegion());
        environment.put("SPRING_PROFILES_ACTIVE", "aws");
        if (deployment.traced()) {
            environment.put("AWS_XRAY_DAEMON_ADDRESS", XrayDaemon.ADDRESS);
        }
        return environment;
    }

    IRole taskRole() {
        return taskDefinition.getTaskRole();
    }

    /** Lets {@code client} call this service's port directly, through its Cloud Map name. */
    void acceptCallsFrom(ShopService client) {
        service.getConnections()
                .allowFrom(client.service, Port.tcp(deployment.port()), "calls from " + client.deployment.moduleName());
    }

    /** Sends the requests for this service's paths to it, once its readiness probe says it is ready. */
    void routeFrom(ApplicationListener listener, int priority) {
        listener.addTargets(
                deployment.moduleName(),
                AddApplicationTargetsProps.builder()
                        .priority(priority)
                        .conditions(List.of(ListenerCondition.pathPatterns(deployment.paths())))
                        .protocol(ApplicationProtocol.HTTP)
                        .port(deployment.port())
                        .targets(List.of(service.loadBalancerTarget(LoadBalancerTargetOptions.builder()
                                .containerName(APP_CONTAINER)
                                .containerPort(deployment.port())
                                .build())))
                        .healthCheck(HealthCheck.builder()
                                .path(deployment.healthCheckPath())
                                .healthyHttpCodes("200")
                                .interval(Duration.seconds(15))
                                .healthyThresholdCount(2)
                                .unhealthyThresholdCount(3)
                                .build())
                        .deregistrationDelay(Duration.seconds(30))
                        .build());
    }

    /** One more task from 100 waiting messages, three more from 1000; one fewer when the queue is empty. */
    void scaleOn(IQueue queue) {
        service.autoScaleTaskCount(EnableScalingProps.builder()
                        .minCapacity(1)
                        .maxCapacity(MAX_TASKS)
                        .build())
                .scaleOnMetric(
                        "QueueDepth",
                        BasicStepScalingPolicyProps.builder()
                                .metric(queue.metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
                                        .statistic("Maximum")
                                        .period(Duration.minutes(1))
                                        .build()))
                                .scalingSteps(List.of(
                                        ScalingInterval.builder()
                                                .upper(0)
                                                .change(-1)
                                                .build(),
                                        ScalingInterval.builder()
                                                .lower(100)
                                                .change(1)
                                                .build(),
                                        ScalingInterval.builder()
                                                .lower(1000)
                                                .change(3)
                                                .build()))
                                .adjustmentType(AdjustmentType.CHANGE_IN_CAPACITY)
                                .cooldown(Duration.minutes(2))
                                .build());
    }

    private void acceptFindings() {
        Nag.accept(
                taskDefinition,
                "AwsSolutions-ECS2",
                "The environment holds only region, profile, resource names and the local X-Ray daemon address;"
                        + " nothing secret.");
        Nag.accept(
                taskDefinition.obtainExecutionRole(),
                "AwsSolutions-IAM5",
                "ecr:GetAuthorizationToken has no resource-level permissions; image pulls are scoped to the repository.",
                "Resource::*");
    }

    private static LogDriver logTo(LogGroup logs, String streamPrefix) {
        return LogDriver.awsLogs(AwsLogDriverProps.builder()
                .logGroup(logs)
                .streamPrefix(streamPrefix)
                .build());
    }
}
