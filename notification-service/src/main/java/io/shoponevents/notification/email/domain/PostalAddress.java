package io.shoponevents.notification.email.domain;

/** Where an order goes. */
public record PostalAddress(String name, String line1, String postalCode, String city, String country) {}
