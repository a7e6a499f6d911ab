package io.shoponevents.notification.email.domain;

/** A template filled in: what the customer reads. */
public record RenderedEmail(String subject, String body) {}
