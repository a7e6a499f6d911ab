package io.shoponevents.events.schema;

/**
 * A change between two versions of a schema that a consumer would notice.
 *
 * @param field the path of the field in the event's data, as {@code items[].unitPrice.currency}; {@code $} for the
 *     data itself
 * @param change what changed, in words
 */
public record BreakingChange(String field, String change) {

    @Override
    public String toString() {
        return field + ": " + change;
    }
}
