package io.shoponevents.shipping.shipment;

/** Where a shipment goes. */
record ShippingAddress(String name, String line1, String city, String postalCode, String country) {}
