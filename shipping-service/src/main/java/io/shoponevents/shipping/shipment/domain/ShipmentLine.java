package io.shoponevents.shipping.shipment.domain;

/** A quantity of one SKU in a shipment. */
public record ShipmentLine(String sku, int quantity) {}
