package io.shoponevents.inventory.stock.application;

import io.shoponevents.runtime.domain.CausingEvent;

/** Give back whatever a cancelled order holds. */
public record ReleaseStock(String orderId, CausingEvent cause) {}
