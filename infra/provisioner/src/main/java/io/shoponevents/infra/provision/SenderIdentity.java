package io.shoponevents.infra.provision;

import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;

/**
 * Registers the address notification emails are sent from. Emulators verify it at once; in an AWS account SES sends a
 * verification email to the address, and sandboxed accounts can only send to verified recipients.
 */
final class SenderIdentity {

    private final SesV2Client ses;
    private final ProvisioningLog log;

    SenderIdentity(SesV2Client ses, ProvisioningLog log) {
        this.ses = ses;
        this.log = log;
    }

    void ensure(String emailAddress) {
        try {
            ses.getEmailIdentity(request -> request.emailIdentity(emailAddress));
        } catch (NotFoundException e) {
            ses.createEmailIdentity(request -> request.emailIdentity(emailAddress));
            log.created("SES sender identity " + emailAddress);
        }
    }
}
