package io.shoponevents.benchmark;

import java.net.URI;

/** Where the four services answer. */
record ShopUrls(URI order, URI inventory, URI shipping, URI notification) {

    static ShopUrls localhost() {
        return new ShopUrls(
                URI.create("http://127.0.0.1:8081"),
                URI.create("http://127.0.0.1:8082"),
                URI.create("http://127.0.0.1:8083"),
                URI.create("http://127.0.0.1:8084"));
    }
}
