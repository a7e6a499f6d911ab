package io.shoponevents.notification.email;

/** A template filled in: what the customer reads. */
record RenderedEmail(String subject, String body) {}
