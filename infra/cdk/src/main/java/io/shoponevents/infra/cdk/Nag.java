package io.shoponevents.infra.cdk;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.constructs.IConstruct;

/** Accepted cdk-nag findings, each with its reason, on the construct (and its children) it concerns. */
final class Nag {

    private Nag() {}

    static void accept(IConstruct construct, String rule, String reason, String... findings) {
        NagPackSuppression.Builder suppression =
                NagPackSuppression.builder().id(rule).reason(reason);
        if (findings.length > 0) {
            suppression.appliesTo(List.of((Object[]) findings));
        }
        NagSuppressions.addResourceSuppressions(construct, List.of(suppression.build()), true);
    }
}
