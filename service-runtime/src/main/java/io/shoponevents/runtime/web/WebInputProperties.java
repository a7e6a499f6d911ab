package io.shoponevents.runtime.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry, under {@code shop.web.*}.
 *
 * @param maxRequestBody the largest request body a service reads; a larger one is refused with 413 before it is read.
 *     The largest valid body (a checkout with every field at its maximum length) is under 2 KB.
 */
@ConfigurationProperties("shop.web")
public record WebInputProperties(@DefaultValue("16KB") DataSize maxRequestBody) {}
