package io.shoponevents.runtime.journey;

import io.shoponevents.runtime.web.ResourceIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Every service's read-only view of the events it produced and consumed for an order or a cart. */
@RestController
@Tag(name = "Journeys", description = "The events this service produced and consumed for an order or a cart")
public class JourneyController {

    private final JourneyLog log;

    public JourneyController(JourneyLog log) {
        this.log = log;
    }

    @GetMapping("/api/journeys/{correlationId}")
    @Operation(
            summary = "The events this service produced, consumed and dead-lettered for a correlation id",
            description = "From the service's outbox and inbox, oldest first, with each event's causation id. An"
                    + " order's journey is the order id; a cart's, the cart id. An id this service never saw has"
                    + " an empty list.")
    Journey journey(
            @PathVariable @Pattern(regexp = ResourceIds.PATTERN, message = ResourceIds.MESSAGE) String correlationId) {
        return log.of(correlationId);
    }
}
