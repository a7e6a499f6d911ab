package io.shoponevents.runtime.testing;

import org.springframework.web.client.RestClient;

/** A client for the service under test that returns error responses instead of throwing, so tests assert on them. */
public final class LocalRestClient {

    private LocalRestClient() {}

    public static RestClient on(int port) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }
}
