package io.shoponevents.benchmark;

import java.util.List;
import java.util.Optional;

/** Reads {@code /proc/net/tcp} and {@code /proc/net/tcp6}: the socket inode listening on a local port. */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {}

    static Optional<String> inodeListeningOn(int port, List<String> procNetTcpLines) {
        for (String line : procNetTcpLines) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 10 || !fields[1].contains(":")) {
                continue; // the header line
            }
            String localPort = fields[1].substring(fields[1].lastIndexOf(':') + 1);
            if (fields[3].equals(LISTEN) && Integer.parseInt(localPort, 16) == port) {
                return Optional.of(fields[9]);
            }
        }
        return Optional.empty();
    }
}
