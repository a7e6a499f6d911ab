package io.shoponevents.runtime.journey;

import java.util.List;

/**
 * The events one service produced, consumed and dead-lettered for one correlation id (an order id or a cart id), oldest
 * first. An id the service never saw has an empty list.
 *
 * @param service the service's short name, as in {@code order-service}
 */
public record Journey(String service, String correlationId, List<JourneyEntry> events) {}
