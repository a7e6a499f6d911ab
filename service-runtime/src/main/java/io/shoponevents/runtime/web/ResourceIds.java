package io.shoponevents.runtime.web;

/**
 * What an id in a path or query looks like (a cart's, an order's, a shipment's): the services make them of letters,
 * digits and dashes. Declared on each id parameter with {@code @Pattern(regexp = ResourceIds.PATTERN, message =
 * ResourceIds.MESSAGE)}, a malformed id is a 400 naming it, and the OpenAPI document says what an id may contain.
 */
public final class ResourceIds {

    public static final String PATTERN = "^[A-Za-z0-9_-]{1,64}$";
    public static final String MESSAGE = "must be 1 to 64 letters, digits, dashes or underscores";

    private ResourceIds() {}
}
