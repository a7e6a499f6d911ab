package io.shoponevents.notification.email.domain;

import java.math.BigDecimal;

/** A sum of money as an email shows it. */
public record Amount(BigDecimal amount, String currency) {}
