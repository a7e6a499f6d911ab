package io.shoponevents.notification.email.application;

import io.shoponevents.notification.email.domain.RenderedEmail;

/** Sends an email to a customer; an email cannot join a DynamoDB transaction, so it goes out before the commit. */
public interface EmailSender {

    /** @return the message id the mail service gave the email */
    String send(String recipient, RenderedEmail email);
}
