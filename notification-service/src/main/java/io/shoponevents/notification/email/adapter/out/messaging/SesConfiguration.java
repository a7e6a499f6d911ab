package io.shoponevents.notification.email.adapter.out.messaging;

import io.awspring.cloud.autoconfigure.core.AwsClientBuilderConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.ses.SesClient;

/** The SES client, configured like every other AWS client (endpoint, region and credentials from configuration). */
@Configuration(proxyBeanMethods = false)
class SesConfiguration {

    @Bean
    SesClient sesClient(AwsClientBuilderConfigurer configurer) {
        return configurer.configure(SesClient.builder()).build();
    }
}
