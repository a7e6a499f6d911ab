package io.shoponevents.shipping.shipment.domain;

/** Where a shipment goes. */
public record ShippingAddress(String name, String line1, String city, String postalCode, String country) {}
