package io.shoponevents.infra.provision;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** What a provisioning run created and what the endpoint could not do. */
final class ProvisioningLog {

    private final PrintStream out;
    private final List<String> created = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    ProvisioningLog(PrintStream out) {
        this.out = out;
    }

    void created(String resource) {
        created.add(resource);
        out.println("  created " + resource);
    }

    /**
     * Runs a step that an emulator may not implement (an archive, say). Where the endpoint answers "not implemented",
     * the step is reported as skipped; every other failure still fails the run.
     */
    void bestEffort(String resource, Runnable step) {
        try {
            step.run();
        } catch (AwsServiceException e) {
            if (!isNotImplemented(e)) {
                throw e;
            }
            skipped.add(resource);
            out.println("  skipped " + resource + ": the endpoint does not implement it ("
                    + e.awsErrorDetails().errorCode() + ")");
        }
    }

    List<String> created() {
        return List.copyOf(created);
    }

    List<String> skipped() {
        return List.copyOf(skipped);
    }

    private static boolean isNotImplemented(AwsServiceException e) {
        String code = e.awsErrorDetails() == null
                ? ""
                : String.valueOf(e.awsErrorDetails().errorCode());
        return e.statusCode() == 501 || code.contains("NotImplemented") || code.contains("NotSupported");
    }
}
