package io.shoponevents.runtime.awsclient;

import io.awspring.cloud.autoconfigure.AwsClientProperties;
import io.awspring.cloud.autoconfigure.core.AwsClientBuilderConfigurer;
import io.awspring.cloud.autoconfigure.core.AwsConnectionDetails;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * Configures a builder as the configurer it wraps does, then adds one more step. Every client a service builds, Spring
 * Cloud AWS's own and the runtime's, goes through the one {@link AwsClientBuilderConfigurer}, so a step added here
 * reaches all of them.
 */
public final class DecoratedConfigurer extends AwsClientBuilderConfigurer {

    private final AwsClientBuilderConfigurer delegate;
    private final Consumer<AwsClientBuilder<?, ?>> step;

    public DecoratedConfigurer(AwsClientBuilderConfigurer delegate, Consumer<AwsClientBuilder<?, ?>> step) {
        super(null, null, null);
        this.delegate = delegate;
        this.step = step;
    }

    @Override
    public <T extends AwsClientBuilder<T, ?>> T configure(
            T builder, AwsClientProperties clientProperties, AwsConnectionDetails connectionDetails) {
        delegate.configure(builder, clientProperties, connectionDetails);
        step.accept(builder);
        return builder;
    }

    @Override
    public Region resolveRegion(AwsClientProperties clientProperties, AwsConnectionDetails connectionDetails) {
        return delegate.resolveRegion(clientProperties, connectionDetails);
    }
}
