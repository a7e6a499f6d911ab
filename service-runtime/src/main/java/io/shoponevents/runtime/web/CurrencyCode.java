package io.shoponevents.runtime.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Collections;
import java.util.Currency;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An ISO 4217 currency code that {@link Currency} knows, such as {@code EUR}; {@code ZZZ} is three capitals but no
 * currency. Null is valid (combine with {@code @NotNull}). The OpenAPI document lists the codes as the property's enum
 * ({@link ConstraintSchemas}).
 */
@Documented
@Constraint(validatedBy = CurrencyCode.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface CurrencyCode {

    String message() default "must be an ISO 4217 currency code such as EUR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CurrencyCode, String> {

        /** Every code the JVM knows, in order. */
        static final SortedSet<String> CODES = codes();

        private static SortedSet<String> codes() {
            SortedSet<String> codes = new TreeSet<>();
            Currency.getAvailableCurrencies().forEach(currency -> codes.add(currency.getCurrencyCode()));
            return Collections.unmodifiableSortedSet(codes);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CODES.contains(value);
        }
    }
}
