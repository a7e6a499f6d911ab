package io.shoponevents.infra.cdk;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;

/**
 * The shop's app as the CLI would synthesize it, once per test JVM: jsii starts a Node process and synth takes
 * seconds, so every test class reads the same templates.
 */
final class SynthesizedShop {

    static final String REGION = "eu-west-1";

    private static SynthesizedShop instance;

    final App app;
    final ShopStacks stacks;
    final CfnTemplate messaging;
    final CfnTemplate data;
    final CfnTemplate services;

    private SynthesizedShop() {
        app = new App(AppProps.builder().outdir("target/cdk-test.out").build());
        Path root = ShopSettings.repositoryRoot(Path.of("").toAbsolutePath());
        stacks = ShopStacks.addTo(app, new ShopSettings(REGION, root, "*", "shop@example.com"));
        messaging = new CfnTemplate(Template.fromStack(stacks.messaging()));
        data = new CfnTemplate(Template.fromStack(stacks.data()));
        services = new CfnTemplate(Template.fromStack(stacks.services()));
    }

    static synchronized SynthesizedShop get() {
        if (instance == null) {
            instance = new SynthesizedShop();
        }
        return instance;
    }

    /** The three templates, for checks that hold across the whole app. */
    List<CfnTemplate> all() {
        return List.of(messaging, data, services);
    }

    /** What a {@code Fn::ImportValue} in one stack stands for: the value the exporting stack's output gives. */
    Object resolveImport(Object value) {
        if (value instanceof Map<?, ?> map && map.get("Fn::ImportValue") instanceof String exportName) {
            for (CfnTemplate template : all()) {
                Object exported = template.exportedValue(exportName);
                if (exported != null) {
                    return exported;
                }
            }
            throw new AssertionError("no stack exports " + exportName);
        }
        return value;
    }
}
