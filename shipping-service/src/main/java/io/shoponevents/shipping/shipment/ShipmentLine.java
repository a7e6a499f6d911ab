package io.shoponevents.shipping.shipment;

/** A quantity of one SKU in a shipment. */
record ShipmentLine(String sku, int quantity) {}
