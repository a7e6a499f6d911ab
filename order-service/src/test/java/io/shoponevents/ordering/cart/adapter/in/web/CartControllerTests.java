package io.shoponevents.ordering.cart.adapter.in.web;

import static io.shoponevents.ordering.cart.domain.CartBuilder.aCart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.shoponevents.ordering.cart.domain.Cart;
import io.shoponevents.ordering.testing.InMemoryCartRepository;
import io.shoponevents.ordering.testing.WebSliceConfiguration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(CartController.class)
@Import(WebSliceConfiguration.class)
class CartControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryCartRepository carts;

    @BeforeEach
    void forgetEarlierTests() {
        carts.clear();
    }

    @Test
    void opensAnEmptyCartAt201WithItsLocation() throws Exception {
        mvc.perform(post("/api/carts").contentType(MediaType.APPLICATION_JSON).content("""
                        {"customerId": "cust-1042"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/carts/cart-")))
                .andExpect(jsonPath("$.customerId").value("cust-1042"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.email").doesNotExist());
    }

    @Test
    void opensACartWithTheCustomersEmailWhoseEventsCarryIt() throws Exception {
        MvcResult opened = mvc.perform(post("/api/carts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"customerId": "cust-1042", "email": "ada@example.com"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("ada@example.com"))
                .andReturn();
        String cartId = JsonPath.read(opened.getResponse().getContentAsString(), "$.cartId");

        assertThat(carts.find(cartId).orElseThrow().email()).contains("ada@example.com");
        addItem(cartId, "MUG-BLUE", 1, "12.50", "EUR")
                .andExpect(jsonPath("$.email").value("ada@example.com"));
        mvc.perform(delete("/api/carts/{cartId}/items/{sku}", cartId, "MUG-BLUE"))
                .andExpect(status().isOk());
        assertThat(carts.emitted())
                .extracting(
                        event -> event.detailType(),
                        event -> event.detail().data().path("email").asString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CartItemAdded", "ada@example.com"),
                        org.assertj.core.groups.Tuple.tuple("CartItemRemoved", "ada@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "ada@localhost", "ada@example.invalidtld", "ada @example.com"})
    void malformedEmailOfANewCartIs400NamingEmailAndOpensNoCart(String email) throws Exception {
        mvc.perform(post("/api/carts").contentType(MediaType.APPLICATION_JSON).content("""
                        {"customerId": "cust-1042", "email": "%s"}""".formatted(email)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")));
        assertThat(carts.changes()).isEmpty();
    }

    @Test
    void addingTheSameSkuTwiceRaisesItsQuantityAndTheTotal() throws Exception {
        Cart cart = carts.seed(aCart().build());

        addItem(cart.id(), "MUG-BLUE", 2, "12.50", "EUR").andExpect(status().isOk());
        addItem(cart.id(), "MUG-BLUE", 1, "12.50", "EUR")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].quantity").value(3))
                .andExpect(jsonPath("$.total.amount").value(37.5))
                .andExpect(jsonPath("$.total.currency").value("EUR"));

        assertThat(carts.emitted())
                .extracting(
                        event -> event.detailType(),
                        event -> event.detail().data().path("quantity").asInt())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CartItemAdded", 2),
                        org.assertj.core.groups.Tuple.tuple("CartItemAdded", 1));
    }

    static Stream<Arguments> badItems() {
        return Stream.of(
                Arguments.of(
                        "{\"sku\":\"MUG-BLUE\",\"quantity\":0,\"unitPrice\":{\"amount\":1,\"currency\":\"EUR\"}}",
                        "quantity"),
                Arguments.of(
                        "{\"sku\":\"MUG-BLUE\",\"quantity\":1001,\"unitPrice\":{\"amount\":1,\"currency\":\"EUR\"}}",
                        "quantity"),
                Arguments.of(
                        "{\"sku\":\"MUG-BLUE\",\"quantity\":\"two\",\"unitPrice\":{\"amount\":1,\"currency\":\"EUR\"}}",
                        "quantity"),
                Arguments.of(
                        "{\"sku\":\"MUG BLUE\",\"quantity\":1,\"unitPrice\":{\"amount\":1,\"currency\":\"EUR\"}}",
                        "sku"),
                Arguments.of("{\"quantity\":1,\"unitPrice\":{\"amount\":1,\"currency\":\"EUR\"}}", "sku"),
                Arguments.of(
                        "{\"sku\":\"MUG-BLUE\",\"quantity\":1,\"unitPrice\":{\"amount\":1.005,\"currency\":\"EUR\"}}",
                        "unitPrice.amount"),
                Arguments.of(
                        "{\"sku\":\"MUG-BLUE\",\"quantity\":1,\"unitPrice\":{\"amount\":-1,\"currency\":\"EUR\"}}",
                        "unitPrice.amount"),
                Arguments.of(
                        "{\"sku\":\"MUG-BLUE\",\"quantity\":1,\"unitPrice\":{\"amount\":1,\"currency\":\"eur\"}}",
                        "unitPrice.currency"),
                Arguments.of(
                        "{\"sku\":\"MUG-BLUE\",\"quantity\":1,\"unitPrice\":{\"amount\":1,\"currency\":\"ZZZ\"}}",
                        "unitPrice.currency"),
                Arguments.of(
                        "{\"sku\":\"MUG-BLUE\",\"quantity\":\"2\",\"unitPrice\":{\"amount\":1,\"currency\":\"EUR\"}}",
                        "quantity"),
                Arguments.of(
                        "{\"sku\":\"MUG-BLUE\",\"quantity\":1,\"unitPrice\":{\"amount\":1,\"currency\":\"EUR\"},\"gift\":true}",
                        "gift"),
                Arguments.of("{\"sku\":\"MUG-BLUE\",\"quantity\":1}", "unitPrice"));
    }

    @ParameterizedTest
    @MethodSource("badItems")
    void badItemIs400NamingTheField(String body, String field) throws Exception {
        Cart cart = carts.seed(aCart().build());

        mvc.perform(post("/api/carts/{cartId}/items", cart.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        assertThat(carts.changes()).isEmpty();
    }

    @Test
    void aNullEmailOpensACartWithoutOne() throws Exception {
        mvc.perform(post("/api/carts").contentType(MediaType.APPLICATION_JSON).content("""
                        {"customerId": "cust-1042", "email": null}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").doesNotExist());
    }

    @Test
    void blankCustomerIs400NamingCustomerId() throws Exception {
        mvc.perform(post("/api/carts").contentType(MediaType.APPLICATION_JSON).content("""
                        {"customerId": " "}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("customerId")));
    }

    @Test
    void priceInAnotherCurrencyIs409NamingUnitPriceCurrency() throws Exception {
        Cart cart = carts.seed(aCart().withItem("MUG-BLUE", 1, "12.50", "EUR").build());

        addItem(cart.id(), "TEE-M-BLACK", 1, "24.00", "USD")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("unitPrice.currency"));
        assertThat(carts.find(cart.id()).orElseThrow().items()).hasSize(1);
    }

    @Test
    void removingAnItemAnswersTheCartWithoutIt() throws Exception {
        Cart cart = carts.seed(aCart().withTheExampleItems().build());

        mvc.perform(delete("/api/carts/{cartId}/items/{sku}", cart.id(), "MUG-BLUE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].sku").value(org.hamcrest.Matchers.contains("TEE-M-BLACK")))
                .andExpect(jsonPath("$.total.amount").value(24.0));
        assertThat(carts.emitted()).singleElement().satisfies(event -> {
            assertThat(event.detailType()).isEqualTo("CartItemRemoved");
            assertThat(event.detail().metadata().correlationId()).isEqualTo(cart.id());
        });
    }

    @Test
    void removingAnSkuThatIsNotInTheCartIs404() throws Exception {
        Cart cart = carts.seed(aCart().withTheExampleItems().build());

        mvc.perform(delete("/api/carts/{cartId}/items/{sku}", cart.id(), "LAMP"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("LAMP")));
        assertThat(carts.changes()).isEmpty();
    }

    @Test
    void unknownCartIs404() throws Exception {
        mvc.perform(get("/api/carts/{cartId}", "cart-missing")).andExpect(status().isNotFound());
        addItem("cart-missing", "MUG-BLUE", 1, "1.00", "EUR").andExpect(status().isNotFound());
    }

    @Test
    void checkedOutCartTakesNoItemsWith409() throws Exception {
        Cart cart =
                carts.seed(aCart().withTheExampleItems().checkedOutAs("ord-1").build());

        addItem(cart.id(), "LAMP", 1, "80.00", "EUR").andExpect(status().isConflict());
    }

    private ResultActions addItem(String cartId, String sku, int quantity, String amount, String currency)
            throws Exception {
        return mvc.perform(post("/api/carts/{cartId}/items", cartId)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"sku": "%s", "quantity": %d, "unitPrice": {"amount": %s, "currency": "%s"}}""".formatted(sku, quantity, amount, currency)));
    }
}
