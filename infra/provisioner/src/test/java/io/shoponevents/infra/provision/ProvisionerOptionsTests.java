package io.shoponevents.infra.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ProvisionerOptionsTests {

    @Test
    void readsEndpointRegionAndSender() {
        ProvisionerOptions options = ProvisionerOptions.parse(
                "--endpoint", "http://localhost:4566", "--region", "eu-west-1", "--sender", "orders@example.org");

        assertThat(options.target().endpoint()).contains(URI.create("http://localhost:4566"));
        assertThat(options.target().region().id()).isEqualTo("eu-west-1");
        assertThat(options.sender()).isEqualTo("orders@example.org");
    }

    @Test
    void sendsDynamoDbToItsOwnEndpointWhenGivenOne() {
        ProvisionerOptions options = ProvisionerOptions.parse(
                "--endpoint", "http://localhost:4566", "--dynamodb-endpoint", "http://localhost:4567");

        assertThat(options.target().endpoint()).contains(URI.create("http://localhost:4566"));
        assertThat(options.target().dynamoDbEndpoint()).contains(URI.create("http://localhost:4567"));
    }

    @Test
    void sendsDynamoDbToTheOneEndpointByDefault() {
        ProvisionerOptions options = ProvisionerOptions.parse("--endpoint", "http://localhost:4566");

        assertThat(options.target().dynamoDbEndpoint())
                .isEqualTo(options.target().endpoint());
    }

    @Test
    void rejectsAnEndpointThatIsNotAUrl() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProvisionerOptions.parse("--endpoint", "localhost4566"))
                .withMessageContaining("--endpoint must be a URL");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProvisionerOptions.parse("--dynamodb-endpoint", "localhost4567"))
                .withMessageContaining("--dynamodb-endpoint must be a URL");
    }

    @Test
    void rejectsUnknownOptionsAndMissingValues() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProvisionerOptions.parse("--bucket", "x"))
                .withMessage("unknown option --bucket");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProvisionerOptions.parse("--region"))
                .withMessage("missing value for --region");
    }
}
