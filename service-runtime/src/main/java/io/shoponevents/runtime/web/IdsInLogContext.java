package io.shoponevents.runtime.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the ids a request's path names ({@code cartId}, {@code orderId}, {@code shipmentId}: every path variable whose
 * name ends in {@code Id}) into the log context for the request, in one place for every service. Messages get theirs
 * from the runtime's event dispatcher.
 */
class IdsInLogContext implements HandlerInterceptor, WebMvcConfigurer {

    private static final String PUT = IdsInLogContext.class.getName() + ".put";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            List<String> put = new ArrayList<>();
            variables.forEach((name, value) -> {
                if (String.valueOf(name).endsWith("Id")) {
                    MDC.put(String.valueOf(name), String.valueOf(value));
                    put.add(String.valueOf(name));
                }
            });
            request.setAttribute(PUT, put);
        }
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception exception) {
        if (request.getAttribute(PUT) instanceof List<?> put) {
            put.forEach(name -> MDC.remove(String.valueOf(name)));
        }
    }
}
