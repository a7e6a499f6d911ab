package io.shoponevents.infra.provision;

import software.amazon.awssdk.services.ses.SesClient;

/**
 * Registers the address notification emails are sent from. Emulators verify it at once; in an AWS account SES sends a
 * verification email to the address, and sandboxed accounts can only send to verified recipients. It uses the SES API
 * (v1), as the notification service does, since LocalStack's open-source edition does not serve SES v2.
 */
final class SenderIdentity {

    private final SesClient ses;
    private final ProvisioningLog log;

    SenderIdentity(SesClient ses, ProvisioningLog log) {
        this.ses = ses;
        this.log = log;
    }

    /** Asks for verification only when the address is not yet known, so running again sends no second email. */
    void ensure(String emailAddress) {
        boolean known = ses.getIdentityVerificationAttributes(request -> request.identities(emailAddress))
                .verificationAttributes()
                .containsKey(emailAddress);
        if (!known) {
            ses.verifyEmailIdentity(request -> request.emailAddress(emailAddress));
            log.created("SES sender identity " + emailAddress);
        }
    }
}
