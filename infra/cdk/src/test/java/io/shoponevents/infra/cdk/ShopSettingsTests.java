package io.shoponevents.infra.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

class ShopSettingsTests {

    @Test
    void takesRegionAndSesIdentityFromTheCdkContext() {
        App app = new App(AppProps.builder()
                .context(Map.of("region", "eu-central-1", "sesIdentity", "shop.example.org"))
                .build());

        ShopSettings settings = ShopSettings.from(app);

        assertThat(settings.region()).isEqualTo("eu-central-1");
        assertThat(settings.emailIdentity()).isEqualTo("shop.example.org");
        assertThat(settings.senderEmail()).isEqualTo("shop@shop.example.org");
    }

    @Test
    void sendsFromTheIdentityWhenItIsAnAddress() {
        assertThat(ShopSettings.defaultSender("orders@example.org")).isEqualTo("orders@example.org");
        assertThat(ShopSettings.defaultSender("*")).isEqualTo("shop@example.com");
    }

    @Test
    void findsTheRepositoryRootAboveTheModuleDirectory() {
        Path module = Path.of("").toAbsolutePath();

        Path root = ShopSettings.repositoryRoot(module);

        assertThat(root.resolve("infra/cdk")).isEqualTo(module);
        assertThat(root.resolve("Dockerfile")).isRegularFile();
    }

    @Test
    void refusesADirectoryOutsideTheRepository(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> ShopSettings.repositoryRoot(elsewhere))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mvnw and Dockerfile");
    }
}
