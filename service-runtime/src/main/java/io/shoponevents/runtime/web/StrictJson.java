package io.shoponevents.runtime.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.core.Ordered;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read as the OpenAPI document describes them, and nothing else is guessed at: a number must be a
 * JSON number ({@code "2"} is not a quantity, {@code 2.5} neither, {@code 2.0} is: {@link WholeNumbers}), a text a
 * JSON string, a key may appear once, and a
 * property the schema does not name is an error rather than silently dropped. Each refusal becomes a 400 naming the
 * field ({@link ProblemDetailsAdvice}). Runs after Spring Boot's own customizer, so that {@code spring.jackson.*}
 * cannot loosen it by accident.
 */
class StrictJson implements JsonMapperBuilderCustomizer, Ordered {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.addModule(WholeNumbers.module())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        textual -> textual.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
