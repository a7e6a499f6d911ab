package io.shoponevents.runtime.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation looks up what its path names and answers 404 when it does not exist; {@link ProblemResponses} adds the
 * 404 to the OpenAPI document with this description, beside the success response springdoc derives.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotFoundResponse {

    /** What is missing, e.g. "No cart with this id". */
    String value();
}
