package io.shoponevents.notification.email;

import io.awspring.cloud.autoconfigure.core.AwsClientBuilderConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** The SES v2 client, configured like every other AWS client (endpoint, region and credentials from configuration). */
@Configuration(proxyBeanMethods = false)
class SesConfiguration {

    @Bean
    SesV2Client sesV2Client(AwsClientBuilderConfigurer configurer) {
        return configurer.configure(SesV2Client.builder()).build();
    }
}
