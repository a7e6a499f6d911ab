package io.shoponevents.ordering.money.adapter.in.web;

import io.shoponevents.ordering.money.domain.Money;
import io.shoponevents.runtime.web.CurrencyCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Money on the REST API: {@code {"amount": 12.50, "currency": "EUR"}}. */
public record MoneyJson(
        @Schema(example = "12.50") @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        BigDecimal amount,

        @Schema(example = "EUR") @NotNull @CurrencyCode String currency) {

    public static MoneyJson of(Money money) {
        return new MoneyJson(money.amount(), money.currency());
    }

    public Money toMoney() {
        return new Money(amount, currency);
    }
}
