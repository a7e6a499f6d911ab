package io.shoponevents.infra.provision;

import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.ses.model.IdentityType;

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

    /**
     * Asks for verification only when the address is not yet listed, so running again sends no second email. It
     * lists the identities rather than asking for the address's verification status, which LocalStack reports as
     * verified for any address.
     */
    void ensure(String emailAddress) {
        boolean known = ses
                .listIdentitiesPaginator(request -> request.identityType(IdentityType.EMAIL_ADDRESS))
                .identities()
                .stream()
                .anyMatch(emailAddress::equals);
        if (!known) {
            ses.verifyEmailIdentity(request -> request.emailAddress(emailAddress));
            log.created("SES sender identity " + emailAddress);
        }
    }
}
