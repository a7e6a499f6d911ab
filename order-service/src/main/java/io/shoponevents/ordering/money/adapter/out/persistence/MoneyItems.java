package io.shoponevents.ordering.money.adapter.out.persistence;

import static io.shoponevents.runtime.persistence.Attributes.n;
import static io.shoponevents.runtime.persistence.Attributes.s;

import io.shoponevents.ordering.money.domain.Money;
import java.math.BigDecimal;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Money as an attribute of the carts' and orders' items: {@code {"amount": N, "currency": S}}. */
public final class MoneyItems {

    private MoneyItems() {}

    public static AttributeValue money(Money money) {
        return AttributeValue.fromM(Map.of("amount", n(money.amount()), "currency", s(money.currency())));
    }

    public static Money money(AttributeValue value) {
        Map<String, AttributeValue> money = value.m();
        return new Money(
                new BigDecimal(money.get("amount").n()), money.get("currency").s());
    }
}
