package io.shoponevents.order.shared.adapter.out.messaging;

import io.shoponevents.events.data.Money;

/** The service's money as the event contract's {@code Money}. */
public final class EventMoney {

    private EventMoney() {}

    public static Money of(io.shoponevents.order.shared.domain.Money money) {
        return Money.builder()
                .withAmount(money.amount())
                .withCurrency(money.currency())
                .build();
    }
}
