package io.shoponevents.benchmark;

import java.net.URI;
import java.util.List;

/** Where the four services answer. */
record ShopUrls(URI order, URI inventory, URI shipping, URI notification) {

    /** The four, in the order of {@link StartupTimer#SERVICES}. */
    List<URI> all() {
        return List.of(order, inventory, shipping, notification);
    }

    static ShopUrls localhost() {
        return new ShopUrls(
                URI.create("http://127.0.0.1:8081"),
                URI.create("http://127.0.0.1:8082"),
                URI.create("http://127.0.0.1:8083"),
                URI.create("http://127.0.0.1:8084"));
    }
}
