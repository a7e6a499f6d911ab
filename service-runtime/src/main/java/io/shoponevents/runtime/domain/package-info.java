/**
 * What every service's domain and application code may use from the runtime: plain Java, no Spring, no AWS SDK. The
 * error vocabulary ({@link io.shoponevents.runtime.domain.NotFound}, {@link io.shoponevents.runtime.domain.RuleViolation},
 * {@link io.shoponevents.runtime.domain.InvalidInput}) is mapped to problem details in one place, the runtime's web
 * advice, and {@link io.shoponevents.runtime.domain.CausingEvent} names the consumed event behind a change.
 */
package io.shoponevents.runtime.domain;
