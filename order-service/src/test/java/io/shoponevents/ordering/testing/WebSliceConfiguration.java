package io.shoponevents.ordering.testing;

import io.shoponevents.ordering.cart.adapter.out.messaging.CartEvents;
import io.shoponevents.ordering.cart.application.CartService;
import io.shoponevents.ordering.order.adapter.out.messaging.OrderEvents;
import io.shoponevents.ordering.order.application.CheckoutService;
import io.shoponevents.ordering.order.application.OrderService;
import io.shoponevents.runtime.publish.EnvelopeCodec;
import io.shoponevents.runtime.web.ProblemDetailsAdvice;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The REST slice with the real application services and event mapping over in-memory stores, and the runtime's
 * problem details.
 */
@TestConfiguration(proxyBeanMethods = false)
public class WebSliceConfiguration {

    public static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    EnvelopeCodec envelopeCodec(Clock clock) {
        return new EnvelopeCodec(clock);
    }

    @Bean
    InMemoryCartRepository cartRepository(EnvelopeCodec codec) {
        return new InMemoryCartRepository(new CartEvents(codec)::of);
    }

    @Bean
    InMemoryOrderRepository orderRepository(InMemoryCartRepository carts, EnvelopeCodec codec) {
        return new InMemoryOrderRepository(carts, new OrderEvents(codec)::of);
    }

    @Bean
    CartService cartService(InMemoryCartRepository carts, Clock clock) {
        return new CartService(carts, clock);
    }

    @Bean
    CheckoutService checkoutService(InMemoryCartRepository carts, InMemoryOrderRepository orders, Clock clock) {
        return new CheckoutService(carts, orders, clock);
    }

    @Bean
    OrderService orderService(InMemoryOrderRepository orders, Clock clock) {
        return new OrderService(orders, clock);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
