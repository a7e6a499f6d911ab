package io.shoponevents.infra.cdk;

import software.amazon.awscdk.App;

/** Deploys the shop to an AWS account: {@code cdk deploy --all} from infra/cdk. */
public final class ShopApp {

    private ShopApp() {}

    public static void main(String[] args) {
        App app = new App();
        ShopStacks.addTo(app, ShopSettings.from(app));
        app.synth();
    }
}
