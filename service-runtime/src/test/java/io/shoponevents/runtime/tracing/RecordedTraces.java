package io.shoponevents.runtime.tracing;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.emitters.Emitter;
import com.amazonaws.xray.entities.Entity;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.Subsegment;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** The recorder the services use, sending its segments to a list instead of to the daemon. */
final class RecordedTraces extends Emitter {

    final AWSXRayRecorder recorder = TracingConfiguration.recorder(TracingProperties.Sampling.ALL);
    final List<Segment> segments = new CopyOnWriteArrayList<>();

    RecordedTraces() {
        recorder.setEmitter(this);
    }

    XRayTracing tracing(String serviceName) {
        return new XRayTracing(recorder, serviceName);
    }

    Segment onlySegment() {
        if (segments.size() != 1) {
            throw new AssertionError("expected one segment, got " + segments.size());
        }
        return segments.get(0);
    }

    static Stream<Subsegment> subsegments(Entity entity) {
        return entity.getSubsegmentsCopy().stream()
                .flatMap(child -> Stream.concat(Stream.of(child), subsegments(child)));
    }

    @Override
    public boolean sendSegment(Segment segment) {
        segments.add(segment);
        return true;
    }

    @Override
    public boolean sendSubsegment(Subsegment subsegment) {
        return true;
    }
}
