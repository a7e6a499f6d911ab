package io.shoponevents.ordering.money.adapter.out.messaging;

import io.shoponevents.events.data.Money;

/** The service's money as the event contract's {@code Money}, for the events of carts and orders. */
public final class MoneyEvents {

    private MoneyEvents() {}

    public static Money of(io.shoponevents.ordering.money.domain.Money money) {
        return Money.builder()
                .withAmount(money.amount())
                .withCurrency(money.currency())
                .build();
    }
}
