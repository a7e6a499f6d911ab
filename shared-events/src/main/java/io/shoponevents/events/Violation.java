package io.shoponevents.events;

/**
 * One way a document breaks the contract.
 *
 * @param field where, as a path such as {@code detail.data.items[0].quantity}; {@code $} for the document itself
 * @param message what is wrong, in words
 */
public record Violation(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
