package io.shoponevents.runtime.tracing;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.jakarta.servlet.AWSXRayServletFilter;
import com.amazonaws.xray.strategy.jakarta.FixedSegmentNamingStrategy;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * A segment per HTTP request, named after the service, continuing an incoming {@code X-Amzn-Trace-Id} (X-Ray's servlet
 * filter), with the trace id in the logs of the request.
 */
final class TracedRequests implements Filter {

    private final AWSXRayServletFilter xray;
    private final AWSXRayRecorder recorder;

    TracedRequests(AWSXRayRecorder recorder, String serviceName) {
        this.xray = new AWSXRayServletFilter(new FixedSegmentNamingStrategy(serviceName), recorder);
        this.recorder = recorder;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        xray.doFilter(request, response, (tracedRequest, tracedResponse) -> {
            try (var traceId = recorder.getCurrentSegmentOptional()
                    .map(XRayTracing::traceIdInLogs)
                    .orElse(null)) {
                chain.doFilter(tracedRequest, tracedResponse);
            }
        });
    }
}
