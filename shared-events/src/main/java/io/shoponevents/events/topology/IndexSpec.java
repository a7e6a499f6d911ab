package io.shoponevents.events.topology;

/** A global secondary index of a service's table, with string partition and sort keys, projecting every attribute. */
public record IndexSpec(String name, String partitionKey, String sortKey) {}
