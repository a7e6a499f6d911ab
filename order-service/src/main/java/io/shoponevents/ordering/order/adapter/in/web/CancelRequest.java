package io.shoponevents.ordering.order.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Optional body of a cancellation. */
record CancelRequest(
        @Schema(example = "Changed my mind") @Size(min = 1, max = 500)
        String reason) {}
