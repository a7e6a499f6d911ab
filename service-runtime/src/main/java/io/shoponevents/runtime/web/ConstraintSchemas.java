package io.shoponevents.runtime.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * Puts into a property's schema the constraints springdoc leaves out: a currency's ISO 4217 codes ({@link
 * CurrencyCode}), a text that must not be blank, an email's own pattern and a decimal's digits. Without them a client
 * built from the OpenAPI document would send what the service refuses.
 */
class ConstraintSchemas implements PropertyCustomizer {

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations() == null ? new Annotation[0] : type.getCtxAnnotations();
        for (Annotation annotation : annotations) {
            if (annotation instanceof CurrencyCode) {
                property.setPattern(null);
                CurrencyCode.Validator.CODES.forEach(property::addEnumItemObject);
            } else if (annotation instanceof NotBlank) {
                property.setMinLength(1);
                if (property.getPattern() == null) {
                    property.setPattern("\\S");
                }
            } else if (annotation instanceof Email email && !email.regexp().equals(".*")) {
                property.setPattern(email.regexp());
                property.setFormat(null);
            } else if (annotation instanceof Digits digits) {
                BigDecimal step = BigDecimal.ONE.movePointLeft(digits.fraction());
                property.setMultipleOf(step);
                property.setMaximum(BigDecimal.TEN.pow(digits.integer()).subtract(step));
            }
        }
        return property;
    }
}
