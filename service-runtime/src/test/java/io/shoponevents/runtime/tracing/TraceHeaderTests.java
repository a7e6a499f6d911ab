package io.shoponevents.runtime.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceHeaderTests {

    private static final String ROOT = "1-5759e988-bd862e3fe1be46a994272793";

    @Test
    void readsRootParentAndSamplingDecision() {
        assertThat(TraceHeader.parse("Root=" + ROOT + ";Parent=53995c3f42cd8ad8;Sampled=1"))
                .contains(new TraceHeader(ROOT, "53995c3f42cd8ad8", true));
        assertThat(TraceHeader.parse("Root=" + ROOT + ";Sampled=0")).contains(new TraceHeader(ROOT, null, false));
    }

    @Test
    void writesTheFormAwsServicesRead() {
        assertThat(new TraceHeader(ROOT, "53995c3f42cd8ad8", true))
                .hasToString("Root=" + ROOT + ";Parent=53995c3f42cd8ad8;Sampled=1");
        assertThat(new TraceHeader(ROOT, null, false)).hasToString("Root=" + ROOT + ";Sampled=0");
        assertThat(new TraceHeader(ROOT, null, null)).hasToString("Root=" + ROOT);
    }

    @Test
    void leavesTheDecisionOpenWhenTheSenderDid() {
        assertThat(TraceHeader.parse("Root=" + ROOT + ";Sampled=?"))
                .hasValueSatisfying(header -> assertThat(header.sampled()).isNull());
    }

    @Test
    void skipsWhatIsNotOursToContinue() {
        assertThat(TraceHeader.parse("Self=1-67891234-12456789abcdef012345678;Root=" + ROOT
                        + ";Parent=53995c3f42cd8ad8;Lineage=a87bd80c:1|68fd508a:5;Sampled=1"))
                .contains(new TraceHeader(ROOT, "53995c3f42cd8ad8", true));
        assertThat(TraceHeader.parse("Root=" + ROOT + ";Parent=not-a-span-id;Sampled=1"))
                .contains(new TraceHeader(ROOT, null, true));
    }

    @Test
    void findsNothingToContinueWithoutAWellFormedRoot() {
        assertThat(TraceHeader.parse(null)).isEmpty();
        assertThat(TraceHeader.parse("")).isEmpty();
        assertThat(TraceHeader.parse("Parent=53995c3f42cd8ad8;Sampled=1")).isEmpty();
        assertThat(TraceHeader.parse("Root=1-xyz;Sampled=1")).isEmpty();
    }
}
