package io.shoponevents.runtime.consume;

import io.shoponevents.events.Violation;
import java.util.List;

/**
 * A message that no retry can fix: not JSON, an unknown detail-type, or fields that break the schema. It belongs in the
 * dead-letter queue at once.
 */
public class PoisonMessageException extends RuntimeException {

    private final List<Violation> violations;

    public PoisonMessageException(List<Violation> violations) {
        super("message breaks the event contract: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
