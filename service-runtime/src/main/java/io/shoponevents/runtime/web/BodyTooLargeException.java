package io.shoponevents.runtime.web;

import java.io.IOException;
import org.springframework.util.unit.DataSize;

/** A request body went past {@code shop.web.max-request-body} while it was read: 413. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long maxBytes) {
        super(message(maxBytes));
    }

    static String message(long maxBytes) {
        return "The request body is larger than " + DataSize.ofBytes(maxBytes).toKilobytes() + " KB";
    }
}
