package io.shoponevents.ordering.cart.domain;

import static io.shoponevents.ordering.cart.domain.CartBuilder.aCart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoponevents.ordering.money.domain.Money;
import io.shoponevents.runtime.domain.NotFound;
import io.shoponevents.runtime.domain.RuleViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CartTests {

    @Test
    void aCartKeepsTheCustomersEmailThroughItsChanges() {
        Cart opened = Cart.open("cart-1", "cust-1042", "ada@example.com", Instant.parse("2026-11-22T10:00:00Z"))
                .cart();

        Cart filled = opened.add(new CartItem("MUG-BLUE", 1, Money.of("12.50", "EUR")))
                .cart();

        assertThat(opened.status()).isEqualTo(CartStatus.OPEN);
        assertThat(opened.items()).isEmpty();
        assertThat(filled.email()).contains("ada@example.com");
        assertThat(filled.checkOut("ord-1").email()).contains("ada@example.com");
        assertThat(Cart.open("cart-2", "cust-1042", null, Instant.parse("2026-11-22T10:00:00Z"))
                        .cart()
                        .email())
                .isEmpty();
    }

    @Test
    void addingTheSameSkuRaisesItsQuantityAtTheNewPrice() {
        Cart cart = aCart().withItem("MUG-BLUE", 2, "12.50").build();

        CartChange.ItemAdded change = cart.add(new CartItem("MUG-BLUE", 3, Money.of("11.00", "EUR")));

        assertThat(change.cart().items()).containsExactly(new CartItem("MUG-BLUE", 5, Money.of("11.00", "EUR")));
        assertThat(change.added().quantity()).isEqualTo(3);
        assertThat(cart.items()).containsExactly(new CartItem("MUG-BLUE", 2, Money.of("12.50", "EUR")));
    }

    @Test
    void totalIsTheSumOfQuantityTimesUnitPrice() {
        assertThat(aCart().withTheExampleItems().build().total()).contains(Money.of("49.00", "EUR"));
        assertThat(aCart().build().total()).isEmpty();
    }

    @Test
    void refusesAPriceInAnotherCurrencyNamingUnitPriceCurrency() {
        Cart cart = aCart().withItem("MUG-BLUE", 1, "12.50", "EUR").build();

        assertThatThrownBy(() -> cart.add(new CartItem("TEE-M-BLACK", 1, Money.of("24.00", "USD"))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).contains("unitPrice.currency"))
                .hasMessageContaining("EUR")
                .hasMessageContaining("USD");
    }

    @Test
    void refusesMoreThanAThousandOfOneSku() {
        Cart cart = aCart().withItem("MUG-BLUE", 999, "1.00").build();

        assertThatThrownBy(() -> cart.add(new CartItem("MUG-BLUE", 2, Money.of("1.00", "EUR"))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).contains("quantity"));
    }

    @Test
    void removesALineAndSaysWhichOne() {
        Cart cart = aCart().withTheExampleItems().build();

        CartChange.ItemRemoved change = cart.remove("MUG-BLUE");

        assertThat(change.cart().items()).extracting(CartItem::sku).containsExactly("TEE-M-BLACK");
        assertThat(change.removed().quantity()).isEqualTo(2);
    }

    @Test
    void removingASkuThatIsNotInTheCartIsNotFound() {
        assertThatThrownBy(() -> aCart().withTheExampleItems().build().remove("LAMP"))
                .isInstanceOf(NotFound.class)
                .hasMessageContaining("LAMP");
    }

    @Test
    void checkingOutAnEmptyCartIsRefused() {
        assertThatThrownBy(() -> aCart().build().checkOut("ord-1"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("empty");
    }

    @Test
    void checkedOutCartTakesNoMoreChangesAndCannotBeCheckedOutAgain() {
        Cart cart = aCart().withTheExampleItems().build().checkOut("ord-1");

        assertThat(cart.status()).isEqualTo(CartStatus.CHECKED_OUT);
        assertThat(cart.orderId()).contains("ord-1");
        assertThatThrownBy(() -> cart.checkOut("ord-2")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> cart.add(new CartItem("LAMP", 1, Money.of("80.00", "EUR"))))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> cart.remove("MUG-BLUE")).isInstanceOf(RuleViolation.class);
    }
}
