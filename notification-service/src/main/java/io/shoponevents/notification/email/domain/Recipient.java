package io.shoponevents.notification.email.domain;

/** The customer an email is for, and the address it goes to. */
public record Recipient(String customerId, String email) {}
