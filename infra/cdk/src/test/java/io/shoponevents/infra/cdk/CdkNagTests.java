package io.shoponevents.infra.cdk;

import static io.shoponevents.infra.cdk.CfnTemplate.list;
import static io.shoponevents.infra.cdk.CfnTemplate.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;

class CdkNagTests {

    private static SynthesizedShop shop;

    @BeforeAll
    static void synthesize() {
        shop = SynthesizedShop.get();
    }

    @Test
    void awsSolutionsChecksReportNoUnsuppressedError() {
        for (Stack stack : stacks()) {
            assertThat(Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("AwsSolutions-.*")))
                    .as(stack.getStackName())
                    .isEmpty();
        }
    }

    @Test
    void awsSolutionsChecksReportNoUnsuppressedWarning() {
        for (Stack stack : stacks()) {
            assertThat(Annotations.fromStack(stack).findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")))
                    .as(stack.getStackName())
                    .isEmpty();
        }
    }

    @Test
    void everySuppressionStatesItsReasonAndOnlyTheExpectedRulesAreSuppressed() {
        List<Map<String, Object>> rules =
                shop.all().stream().flatMap(CdkNagTests::suppressionsOf).toList();

        assertThat(rules)
                .allSatisfy(rule -> assertThat((String) rule.get("reason")).isNotBlank());
        assertThat(rules.stream().map(rule -> rule.get("id")).distinct())
                .containsExactlyInAnyOrder(
                        "AwsSolutions-IAM5", "AwsSolutions-ECS2", "AwsSolutions-EC23", "AwsSolutions-S1");
    }

    private static Stream<Map<String, Object>> suppressionsOf(CfnTemplate template) {
        return template.allResources().values().stream()
                .map(resource ->
                        map(map(resource.get("Metadata")).get("cdk_nag")).get("rules_to_suppress"))
                .flatMap(rules -> list(rules).stream())
                .map(CfnTemplate::map);
    }

    private static List<Stack> stacks() {
        return List.of(shop.stacks.messaging(), shop.stacks.data(), shop.stacks.services());
    }
}
