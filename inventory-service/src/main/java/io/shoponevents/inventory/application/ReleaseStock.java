package io.shoponevents.inventory.application;

/** Give back whatever a cancelled order holds. */
public record ReleaseStock(String orderId, Cause cause) {}
