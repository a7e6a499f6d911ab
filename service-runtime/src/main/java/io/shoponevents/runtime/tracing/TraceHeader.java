package io.shoponevents.runtime.tracing;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An X-Ray trace header, {@code Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1}, as HTTP
 * ({@code X-Amzn-Trace-Id}), SQS ({@code AWSTraceHeader}) and the envelope ({@code metadata.traceHeader}) carry it.
 *
 * @param parent the (sub)segment that sent the request or message; null when unknown
 * @param sampled null when the sender left the decision to the receiver
 */
record TraceHeader(String root, String parent, Boolean sampled) {

    private static final Pattern ROOT = Pattern.compile("1-[0-9a-f]{8}-[0-9a-f]{24}");
    private static final Pattern PARENT = Pattern.compile("[0-9a-f]{16}");

    /** Empty when the header is missing or has no well-formed root; an ill-formed parent is dropped. */
    static Optional<TraceHeader> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String root = null;
        String parent = null;
        Boolean sampled = null;
        for (String part : header.split(";")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String key = part.substring(0, equals).trim();
            String value = part.substring(equals + 1).trim();
            switch (key) {
                case "Root" -> root = ROOT.matcher(value).matches() ? value : null;
                case "Parent" -> parent = PARENT.matcher(value).matches() ? value : null;
                case "Sampled" -> sampled = "1".equals(value) ? Boolean.TRUE : "0".equals(value) ? Boolean.FALSE : null;
                default -> {
                    // Self=, Lineage= and the like are not ours to continue.
                }
            }
        }
        return root == null ? Optional.empty() : Optional.of(new TraceHeader(root, parent, sampled));
    }

    @Override
    public String toString() {
        StringBuilder header = new StringBuilder("Root=").append(root);
        if (parent != null) {
            header.append(";Parent=").append(parent);
        }
        if (sampled != null) {
            header.append(";Sampled=").append(sampled ? '1' : '0');
        }
        return header.toString();
    }
}
