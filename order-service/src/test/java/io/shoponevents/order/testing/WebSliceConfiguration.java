package io.shoponevents.order.testing;

import io.shoponevents.events.EventValidator;
import io.shoponevents.order.cart.adapter.out.messaging.CartEvents;
import io.shoponevents.order.cart.application.CartService;
import io.shoponevents.order.order.adapter.out.messaging.OrderEvents;
import io.shoponevents.order.order.application.CheckoutService;
import io.shoponevents.order.order.application.OrderService;
import io.shoponevents.order.shared.adapter.out.messaging.Envelopes;
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
    Envelopes envelopes(Clock clock) {
        return new Envelopes(new EnvelopeCodec(clock), new EventValidator());
    }

    @Bean
    InMemoryCartRepository cartRepository(Envelopes envelopes) {
        return new InMemoryCartRepository(new CartEvents(envelopes)::of);
    }

    @Bean
    InMemoryOrderRepository orderRepository(InMemoryCartRepository carts, Envelopes envelopes) {
        return new InMemoryOrderRepository(carts, new OrderEvents(envelopes)::of);
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
