package io.shoponevents.notification.email;

import io.shoponevents.runtime.autoconfigure.ShopProperties;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;

/** Sends a plain-text email from the shop's sender address ({@code shop.sender-email}) through Amazon SES v2. */
@Component
class EmailSender {

    private final SesV2Client ses;
    private final String senderEmail;

    EmailSender(SesV2Client ses, ShopProperties properties) {
        this.ses = ses;
        this.senderEmail = properties.senderEmail();
    }

    /** @return the message id SES gave the email */
    String send(String recipient, RenderedEmail email) {
        Message message = Message.builder()
                .subject(text(email.subject()))
                .body(Body.builder().text(text(email.body())).build())
                .build();
        return ses.sendEmail(request -> request.fromEmailAddress(senderEmail)
                        .destination(destination -> destination.toAddresses(recipient))
                        .content(EmailContent.builder().simple(message).build()))
                .messageId();
    }

    private static Content text(String data) {
        return Content.builder().data(data).charset("UTF-8").build();
    }
}
