package io.shoponevents.ordering.order.adapter.in.web;

import static io.shoponevents.ordering.cart.domain.CartBuilder.aCart;
import static io.shoponevents.ordering.order.domain.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shoponevents.ordering.cart.domain.Cart;
import io.shoponevents.ordering.cart.domain.CartStatus;
import io.shoponevents.ordering.order.domain.Order;
import io.shoponevents.ordering.order.domain.OrderStatus;
import io.shoponevents.ordering.testing.InMemoryCartRepository;
import io.shoponevents.ordering.testing.InMemoryOrderRepository;
import io.shoponevents.ordering.testing.WebSliceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest({CheckoutController.class, OrderController.class})
@Import(WebSliceConfiguration.class)
class OrderControllerTests {

    private static final String ADDRESS = """
            {"name": "Ada Lovelace", "line1": "12 Analytical Row", "city": "London", "postalCode": "N1 9GU",
             "country": "GB"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryCartRepository carts;

    @Autowired
    InMemoryOrderRepository orders;

    @BeforeEach
    void forgetEarlierTests() {
        orders.clear();
    }

    @Test
    void checkoutPlacesAPendingOrderWithTheTotalComputedFromTheCart() throws Exception {
        Cart cart = carts.seed(aCart().withTheExampleItems().build());

        MvcResult result = checkout(cart.id(), "ada@example.com", ADDRESS)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.cartId").value(cart.id()))
                .andExpect(jsonPath("$.total.amount").value(49.0))
                .andExpect(jsonPath("$.total.currency").value("EUR"))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.history[0].status").value("PENDING"))
                .andExpect(jsonPath("$.history[0].eventId").value(nullValue()))
                .andReturn();

        Order placed = orders.written().get(0);
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/orders/" + placed.id());
        assertThat(placed.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(carts.find(cart.id()).orElseThrow().status()).isEqualTo(CartStatus.CHECKED_OUT);
        assertThat(carts.find(cart.id()).orElseThrow().orderId()).contains(placed.id());
        assertThat(orders.emitted()).singleElement().satisfies(event -> {
            assertThat(event.detailType()).isEqualTo("OrderPlaced");
            assertThat(event.detail().metadata().correlationId()).isEqualTo(placed.id());
            assertThat(event.detail().data().path("total").path("amount").decimalValue())
                    .isEqualByComparingTo("49.00");
        });
    }

    @Test
    void checkingOutAnEmptyCartIs409() throws Exception {
        Cart cart = carts.seed(aCart().build());

        checkout(cart.id(), "ada@example.com", ADDRESS)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("empty")));
        assertThat(orders.written()).isEmpty();
    }

    @Test
    void checkingOutACartTwiceIs409() throws Exception {
        Cart cart = carts.seed(aCart().withTheExampleItems().build());
        checkout(cart.id(), "ada@example.com", ADDRESS).andExpect(status().isCreated());

        checkout(cart.id(), "ada@example.com", ADDRESS).andExpect(status().isConflict());
        assertThat(orders.written()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "not-an-email | GB | email",
                "ada@localhost | GB | email",
                "ada@example.invalidtld | GB | email",
                "ada@example.com | gb | shippingAddress.country",
                "ada@example.com | GBR | shippingAddress.country"
            })
    void badCheckoutIs400NamingTheField(String email, String country, String field) throws Exception {
        Cart cart = carts.seed(aCart().withTheExampleItems().build());

        checkout(cart.id(), email, ADDRESS.replace("\"GB\"", "\"" + country + "\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        assertThat(carts.find(cart.id()).orElseThrow().status()).isEqualTo(CartStatus.OPEN);
    }

    @Test
    void checkoutWithoutAnAddressIs400NamingShippingAddress() throws Exception {
        Cart cart = carts.seed(aCart().withTheExampleItems().build());

        mvc.perform(post("/api/carts/{cartId}/checkout", cart.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"ada@example.com\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("shippingAddress")));
    }

    @Test
    void showsAnOrderWithItsHistory() throws Exception {
        Order order = orders.seed(anOrder().inStatus(OrderStatus.CONFIRMED).build());

        mvc.perform(get("/api/orders/{orderId}", order.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value(order.id()))
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.history[*].status", contains("PENDING", "CONFIRMED")))
                .andExpect(jsonPath("$.history[1].eventType").value("StockReserved"))
                .andExpect(jsonPath("$.history[1].eventId")
                        .value(order.lastChange().eventId()));
    }

    @Test
    void unknownOrderIs404() throws Exception {
        mvc.perform(get("/api/orders/{orderId}", "ord-missing")).andExpect(status().isNotFound());
        mvc.perform(post("/api/orders/{orderId}/cancel", "ord-missing")).andExpect(status().isNotFound());
    }

    @Test
    void listsTheOrdersOfACustomer() throws Exception {
        Order mine = orders.seed(anOrder().ofCustomer("cust-7").build());
        orders.seed(anOrder().ofCustomer("cust-8").build());

        mvc.perform(get("/api/orders").param("customerId", "cust-7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].orderId", contains(mine.id())));
    }

    @Test
    void listingOrdersWithoutACustomerIs400() throws Exception {
        mvc.perform(get("/api/orders"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("customerId")));
    }

    @Test
    void cancellingAConfirmedOrderCancelsIt() throws Exception {
        Order order = orders.seed(anOrder().inStatus(OrderStatus.CONFIRMED).build());

        mvc.perform(post("/api/orders/{orderId}/cancel", order.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.history[2].status").value("CANCELLED"))
                .andExpect(jsonPath("$.history[2].eventId").value(nullValue()));
        assertThat(orders.written()).singleElement().satisfies(written -> {
            assertThat(written.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(written.previousStatus()).contains(OrderStatus.CONFIRMED);
        });
        assertThat(orders.emitted()).singleElement().satisfies(event -> {
            assertThat(event.detailType()).isEqualTo("OrderCancelled");
            assertThat(event.detail().data().path("previousStatus").asString()).isEqualTo("CONFIRMED");
        });
    }

    @Test
    void cancellingADeliveredOrderIs409() throws Exception {
        Order order = orders.seed(anOrder().inStatus(OrderStatus.DELIVERED).build());

        mvc.perform(post("/api/orders/{orderId}/cancel", order.id()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("DELIVERED")));
        assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(orders.written()).isEmpty();
    }

    private ResultActions checkout(String cartId, String email, String address) throws Exception {
        return mvc.perform(post("/api/carts/{cartId}/checkout", cartId)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"%s\", \"shippingAddress\": %s}".formatted(email, address)));
    }
}
