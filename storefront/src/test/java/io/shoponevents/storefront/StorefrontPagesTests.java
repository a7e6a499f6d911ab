package io.shoponevents.storefront;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shoponevents.storefront.api.Api.Address;
import io.shoponevents.storefront.api.Api.Cart;
import io.shoponevents.storefront.api.Api.JourneyEvent;
import io.shoponevents.storefront.api.Api.Line;
import io.shoponevents.storefront.api.Api.Money;
import io.shoponevents.storefront.api.Api.Order;
import io.shoponevents.storefront.api.Api.ServiceJourney;
import io.shoponevents.storefront.api.Api.StatusChange;
import io.shoponevents.storefront.api.Api.Stock;
import io.shoponevents.storefront.api.ServiceProblem;
import io.shoponevents.storefront.api.ShopClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The pages rendered from what the services answer (a stand-in for their APIs): what a customer reads on each. */
@SpringBootTest
@AutoConfigureMockMvc
class StorefrontPagesTests {

    private static final Money PRICE = new Money(new BigDecimal("19.90"), "EUR");
    private static final Instant PLACED = Instant.parse("2026-11-22T10:15:30Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ShopClient shop;

    @Test
    void listsProductsWithTheirStockAndThePriceFromThePriceList() throws Exception {
        given(shop.stock()).willReturn(List.of(new Stock("TEE-BLACK", 3, 1), new Stock("NEW-SKU", 0, 0)));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("TEE-BLACK"),
                                containsString("19.90 EUR"),
                                containsString("12.50 EUR"),
                                containsString("out of stock"),
                                containsString("<label for=\"quantity-TEE-BLACK\">Quantity</label>"))));
    }

    @Test
    void showsTheFieldTheOrderServiceRefusedUnderItsInputInsteadOfAnErrorPage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute("cartId", "cart-1");
        session.setAttribute("customerId", "web-1");
        given(shop.cart("cart-1")).willReturn(cart());
        given(shop.checkout(eq("cart-1"), eq("ada@example.com"), any(Address.class)))
                .willThrow(new ServiceProblem(
                        400,
                        "Invalid field(s): shippingAddress.country",
                        List.of(new ServiceProblem.FieldError(
                                "shippingAddress.country", "must be an ISO 3166 alpha-2 code such as GB"))));

        mvc.perform(post("/checkout")
                        .session(session)
                        .param("email", "ada@example.com")
                        .param("name", "Ada")
                        .param("line1", "12 Analytical Row")
                        .param("city", "London")
                        .param("postalCode", "N1 9GU")
                        .param("country", "Britain"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("Invalid field(s): shippingAddress.country"),
                                containsString("id=\"country-error\""),
                                containsString("must be an ISO 3166 alpha-2 code such as GB"),
                                containsString("aria-invalid=\"true\""),
                                containsString("value=\"Britain\""))));
    }

    @Test
    void showsTheOrderWithItsJourneyAndWhereItWaits() throws Exception {
        given(shop.order("ord-1")).willReturn(order("CONFIRMED"));
        given(shop.journeys(eq("ord-1"), anyList()))
                .willReturn(List.of(new ServiceJourney(
                        "order-service",
                        "ord-1",
                        List.of(new JourneyEvent(
                                "e1",
                                "OrderConfirmed",
                                "shop.orders",
                                "ord-1",
                                null,
                                "PRODUCED",
                                PLACED,
                                PLACED,
                                null)))));

        mvc.perform(get("/orders/ord-1"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"order-status\""),
                                containsString(">CONFIRMED<"),
                                containsString("data-event-type=\"OrderConfirmed\""),
                                containsString("rule shop-shipping-from-order"),
                                containsString(
                                        "OrderConfirmed from order-service has not been consumed by shipping-service yet"),
                                containsString("journey.js"))));
    }

    @Test
    void servesTheJourneyAsJsonForThePagesPolling() throws Exception {
        given(shop.order("ord-1")).willReturn(order("DELIVERED"));

        mvc.perform(get("/orders/ord-1/journey"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DELIVERED"))
                .andExpect(jsonPath("$.settled").value(true))
                .andExpect(
                        jsonPath("$.html", allOf(containsString("id=\"live-content\""), not(containsString("<html")))));
    }

    @Test
    void answersAnUnknownOrderWithANotFoundPageInTheServicesWords() throws Exception {
        given(shop.order("ord-404")).willThrow(new ServiceProblem(404, "No order ord-404", List.of()));

        mvc.perform(get("/orders/ord-404"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No order ord-404")));
    }

    @Test
    void saysWhichServiceIsNotAnswering() throws Exception {
        given(shop.stock())
                .willThrow(new ServiceProblem(
                        502, "inventory-service is not answering at http://localhost:8082", List.of()));

        mvc.perform(get("/"))
                .andExpect(status().isBadGateway())
                .andExpect(content().string(containsString("inventory-service is not answering")));
    }

    @Test
    void drawsTheTopologyWithEveryRouteAndItsPattern() throws Exception {
        mvc.perform(get("/topology"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("rule shop-inventory-from-order"),
                                containsString("subscription → shop-order-events"),
                                containsString("detail-type: ShipmentDispatched"),
                                containsString("shop-notification-events-dlq"))));
    }

    private static Cart cart() {
        return new Cart("cart-1", "web-1", "OPEN", List.of(new Line("TEE-BLACK", 1, PRICE, PRICE)), PRICE, null);
    }

    private static Order order(String status) {
        return new Order(
                "ord-1",
                "cart-1",
                "web-1",
                "ada@example.com",
                status,
                List.of(new Line("TEE-BLACK", 1, PRICE, PRICE)),
                PRICE,
                new Address("Ada", "12 Analytical Row", "London", "N1 9GU", "GB"),
                PLACED,
                List.of(new StatusChange("PENDING", PLACED, null, null, null)));
    }
}
