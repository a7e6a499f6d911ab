package io.shoponevents.notification.email.adapter.out.messaging;

import io.shoponevents.notification.email.application.EmailSender;
import io.shoponevents.notification.email.domain.RenderedEmail;
import io.shoponevents.runtime.autoconfigure.ShopProperties;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.ses.model.Body;
import software.amazon.awssdk.services.ses.model.Content;
import software.amazon.awssdk.services.ses.model.Message;

/**
 * Sends a plain-text email from the shop's sender address ({@code shop.sender-email}) through Amazon SES. It uses the
 * SES API (v1) {@code SendEmail}: AWS, moto and LocalStack's open-source edition all serve it, whereas LocalStack's
 * open-source edition does not serve the SES v2 API.
 */
@Component
class SesEmailSender implements EmailSender {

    private final SesClient ses;
    private final String senderEmail;

    SesEmailSender(SesClient ses, ShopProperties properties) {
        this.ses = ses;
        this.senderEmail = properties.senderEmail();
    }

    @Override
    public String send(String recipient, RenderedEmail email) {
        Message message = Message.builder()
                .subject(text(email.subject()))
                .body(Body.builder().text(text(email.body())).build())
                .build();
        return ses.sendEmail(request -> request.source(senderEmail)
                        .destination(destination -> destination.toAddresses(recipient))
                        .message(message))
                .messageId();
    }

    private static Content text(String data) {
        return Content.builder().data(data).charset("UTF-8").build();
    }
}
