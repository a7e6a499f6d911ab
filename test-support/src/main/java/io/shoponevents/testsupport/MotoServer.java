package io.shoponevents.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * moto server, the project's own emulator for machines without Docker. {@code scripts/moto-server.sh} installs the
 * pinned version into the project on first use; it serves every AWS service the shop uses.
 */
final class MotoServer {

    private MotoServer() {}

    static URI start() {
        try {
            return EmulatorProcess.start("moto", "moto-server.sh", MotoServer::listening);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    "No AWS endpoint for integration tests: " + e.getMessage() + ". Install Python 3.9+ with venv"
                            + " (moto server is then installed into .aws-emulator/), or choose another endpoint"
                            + " (see " + AwsTestEndpoint.CHOICE_PROPERTY + " in the README).",
                    e);
        }
    }

    static boolean listening(URI uri) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
