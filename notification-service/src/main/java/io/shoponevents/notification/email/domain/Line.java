package io.shoponevents.notification.email.domain;

/** One line of an order or a shipment: so many of a SKU, at a unit price where the email names one (else null). */
public record Line(String sku, int quantity, Amount unitPrice) {}
