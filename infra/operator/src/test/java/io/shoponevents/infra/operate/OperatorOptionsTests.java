package io.shoponevents.infra.operate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.shoponevents.events.ServiceName;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OperatorOptionsTests {

    @Test
    void readsARedriveOfSelectedIdsOnAnEndpoint() {
        OperatorOptions options = OperatorOptions.parse(
                "redrive", "Inventory", "--ids", "a, b", "--ids", "c", "--endpoint", "http://localhost:4566");

        assertThat(options.service()).isEqualTo(ServiceName.INVENTORY);
        assertThat(options.ids()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(options.all()).isFalse();
        assertThat(options.target().endpoint()).contains(URI.create("http://localhost:4566"));
    }

    @Test
    void readsAReplayWindow() {
        OperatorOptions options = OperatorOptions.parse(
                "replay", "order", "--from", "2026-11-30T03:00:00Z", "--to", "2026-11-30T04:00:00Z");

        assertThat(options.from()).contains(Instant.parse("2026-11-30T03:00:00Z"));
        assertThat(options.to()).contains(Instant.parse("2026-11-30T04:00:00Z"));
    }

    @Test
    void aRedriveNeedsEitherAllOrIds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OperatorOptions.parse("redrive", "order"))
                .withMessageContaining("--all or --ids");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OperatorOptions.parse("redrive", "order", "--all", "--ids", "x"))
                .withMessageContaining("--all or --ids");
    }

    @Test
    void aReplayNeedsAWindowInOrder() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OperatorOptions.parse("replay", "order", "--from", "2026-11-30T03:00:00Z"))
                .withMessage("replay needs --from and --to");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OperatorOptions.parse(
                        "replay", "order", "--from", "2026-11-30T04:00:00Z", "--to", "2026-11-30T03:00:00Z"))
                .withMessage("--from must be before --to");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OperatorOptions.parse("replay", "order", "--from", "yesterday", "--to", "now"))
                .withMessageContaining("--from must be an instant");
    }

    @Test
    void rejectsUnknownCommandsAndServices() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OperatorOptions.parse("purge", "order"))
                .withMessage("unknown command purge");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OperatorOptions.parse("list", "payments"))
                .withMessageContaining("unknown service payments");
    }
}
