package io.shoponevents.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Listens on a loopback UDP port as the X-Ray daemon would and keeps every segment the services send: each datagram
 * is the header line {@code {"format": "json", "version": 1}} and one segment (or streamed subsegment) document.
 */
final class TraceDaemon {

    private static final int MAX_DATAGRAM = 64 * 1024;

    private final DatagramSocket socket;
    private final List<JsonNode> documents = new CopyOnWriteArrayList<>();

    private TraceDaemon(DatagramSocket socket) {
        this.socket = socket;
    }

    static TraceDaemon start() {
        try {
            TraceDaemon daemon = new TraceDaemon(new DatagramSocket(0, InetAddress.getLoopbackAddress()));
            Thread receiver = new Thread(daemon::receive, "trace-daemon");
            receiver.setDaemon(true);
            receiver.start();
            return daemon;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value for {@code AWS_XRAY_DAEMON_ADDRESS}. */
    String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    /** The segments received so far, of the traces that have an entity annotated with this order id. */
    List<RecordedTrace> tracesOfOrder(String orderId) {
        return RecordedTrace.of(documents).stream()
                .filter(trace ->
                        trace.entities().stream().anyMatch(entity -> orderId.equals(entity.annotation("orderId"))))
                .toList();
    }

    private void receive() {
        byte[] buffer = new byte[MAX_DATAGRAM];
        JsonMapper json = JsonMapper.shared();
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                String datagram = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                int headerEnd = datagram.indexOf('\n');
                if (headerEnd > 0) {
                    documents.add(json.readTree(datagram.substring(headerEnd + 1)));
                }
            } catch (IOException | RuntimeException e) {
                // Not a segment: the daemon drops it, and so does this one.
            }
        }
    }
}
