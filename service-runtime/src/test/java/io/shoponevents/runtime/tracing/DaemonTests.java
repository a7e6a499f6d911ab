package io.shoponevents.runtime.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.config.DaemonConfiguration;
import com.amazonaws.xray.emitters.Emitter;
import io.shoponevents.events.EventType;
import io.shoponevents.events.ExampleEvents;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Segments go to the daemon over UDP on the loopback address, fire and forget. */
class DaemonTests {

    private final AWSXRayRecorder recorder = TracingConfiguration.recorder(TracingProperties.Sampling.ALL);
    private final Tracing tracing = new XRayTracing(recorder, "inventory-service");

    @AfterEach
    void leaveNoTraceOnTheThread() {
        recorder.clearTraceEntity();
    }

    @Test
    void sendsEachSegmentAsOneDatagramInTheDaemonProtocol() throws IOException {
        try (DatagramSocket daemon = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            daemon.setSoTimeout(5_000);
            recorder.setEmitter(emitterTo(daemon.getLocalPort()));

            tracing.inConsumerSegment(ExampleEvents.valid(EventType.ORDER_PLACED), null, () -> {});

            DatagramPacket packet = new DatagramPacket(new byte[64 * 1024], 64 * 1024);
            daemon.receive(packet);
            String[] datagram =
                    new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8).split("\n", 2);
            assertThat(datagram[0]).isEqualTo("{\"format\": \"json\", \"version\": 1}");
            assertThat(datagram[1])
                    .contains("\"name\":\"inventory-service\"")
                    .contains("\"trace_id\":\"1-6740a1b2-3c4d5e6f708192a3b4c5d6e7\"")
                    .contains("\"parent_id\":\"53995c3f42cd8ad8\"");
        }
    }

    @Test
    void withNoDaemonListeningTheWorkIsDoneAsBefore() throws IOException {
        int closedPort;
        try (DatagramSocket nobody = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            closedPort = nobody.getLocalPort();
        }
        recorder.setEmitter(emitterTo(closedPort));
        List<String> handled = new ArrayList<>();

        for (int message = 0; message < 3; message++) {
            tracing.inConsumerSegment(ExampleEvents.valid(EventType.ORDER_PLACED), null, () -> handled.add("placed"));
        }

        assertThat(handled).hasSize(3);
        assertThat(tracing.currentTraceHeader()).isNull();
    }

    private static Emitter emitterTo(int port) throws IOException {
        DaemonConfiguration daemon = new DaemonConfiguration();
        daemon.setDaemonAddress("127.0.0.1:" + port);
        return Emitter.create(daemon);
    }
}
