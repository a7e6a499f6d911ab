package io.shoponevents.events;

import tools.jackson.databind.JsonNode;

/** The {@code detail} of an envelope: who and why ({@code metadata}) and the event's own fields ({@code data}). */
public record EventDetail(EventMetadata metadata, JsonNode data) {}
