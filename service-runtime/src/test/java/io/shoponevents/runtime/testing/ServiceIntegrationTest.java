package io.shoponevents.runtime.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot test of a shop service on a random port, against the test run's AWS endpoint, provisioned with the
 * shop's topology ({@link ProvisionedAwsEndpoint}). Every service's integration test uses it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ProvisionedAwsEndpoint.class)
public @interface ServiceIntegrationTest {

    /** Extra properties for the test, as in {@link SpringBootTest#properties()}. */
    @AliasFor(annotation = SpringBootTest.class)
    String[] properties() default {};
}
