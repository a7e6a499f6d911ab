package io.shoponevents.ordering.money.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void keepsTwoDecimals() {
        assertThat(Money.of("12.5", "EUR").amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(Money.of("12.500", "EUR").amount()).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void refusesMoreThanTwoDecimalsANegativeAmountAndANonIsoCurrency() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("0.001", "EUR"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("-1", "EUR"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "eur"));
    }

    @Test
    void multipliesAndAddsExactly() {
        assertThat(Money.of("0.10", "EUR").times(3).plus(Money.of("0.20", "EUR")))
                .isEqualTo(Money.of("0.50", "EUR"));
    }

    @Test
    void refusesToAddAnotherCurrency() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .withMessageContaining("USD");
    }
}
