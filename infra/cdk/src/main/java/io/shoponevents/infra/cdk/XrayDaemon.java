package io.shoponevents.infra.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.Protocol;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * Tracing in a task: the X-Ray daemon as a sidecar, which relays the segments the service sends over UDP, and the
 * permissions it needs. The one place to change when tracing moves to an OpenTelemetry collector.
 */
final class XrayDaemon {

    static final String CONTAINER = "xray-daemon";
    static final String IMAGE = "public.ecr.aws/xray/aws-xray-daemon:3.x";
    static final int MEMORY_MIB = 128;

    /** Where the service sends its segments: the tasks' containers share one network namespace on Fargate. */
    static final String ADDRESS = "127.0.0.1:2000";

    private static final List<String> ACTIONS = List.of(
            "xray:PutTraceSegments",
            "xray:PutTelemetryRecords",
            "xray:GetSamplingRules",
            "xray:GetSamplingTargets",
            "xray:GetSamplingStatisticSummaries");

    private XrayDaemon() {}

    /** Adds the daemon to {@code task}, not essential: a service keeps serving if tracing fails. */
    static void addTo(FargateTaskDefinition task, LogDriver logging) {
        task.addContainer(
                CONTAINER,
                ContainerDefinitionOptions.builder()
                        .image(ContainerImage.fromRegistry(IMAGE))
                        .essential(false)
                        .cpu(32)
                        .memoryLimitMiB(MEMORY_MIB)
                        .portMappings(List.of(PortMapping.builder()
                                .containerPort(2000)
                                .protocol(Protocol.UDP)
                                .build()))
                        .environment(Map.of("AWS_REGION", Stack.of(task).getRegion()))
                        .logging(logging)
                        .build());
        task.addToTaskRolePolicy(PolicyStatement.Builder.create()
                .actions(ACTIONS)
                .resources(List.of("*"))
                .build());
        Nag.accept(
                task.getTaskRole(),
                "AwsSolutions-IAM5",
                "X-Ray trace and sampling actions have no resource-level permissions; they are granted on * only.",
                "Resource::*");
    }
}
